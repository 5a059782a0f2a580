"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { signInAction } from "@/lib/account/actions";

export function SignInForm({ next }: { next?: string }) {
  const [state, action] = useActionState(signInAction, initialFormState);
  return (
    <form action={action} data-action="sign-in" className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="next" value={next ?? "/"} />
      <Field id="email" label="Email" errors={state.fieldErrors?.email}>
        <input
          id="email"
          name="email"
          defaultValue={state.values?.email}
          type="email"
          autoComplete="email"
          required
          className={inputClass}
          aria-describedby={describedBy("email")}
        />
      </Field>
      <Field id="password" label="Password" errors={state.fieldErrors?.password}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
          aria-describedby={describedBy("password")}
        />
      </Field>
      <FormMessage state={state} />
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
