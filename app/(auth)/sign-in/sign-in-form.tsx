"use client";
import { useActionState } from "react";
import { TextField } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState } from "@/lib/forms/form-state";
import { signInAction } from "@/lib/account/actions";

export function SignInForm({ next }: { next?: string }) {
  const [state, action] = useActionState(signInAction, initialFormState);
  return (
    <form action={action} data-action="sign-in" className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="next" value={next ?? "/"} />
      <TextField
        id="email"
        label="Email"
        errors={state.fieldErrors?.email}
        defaultValue={state.values?.email}
        type="email"
        autoComplete="email"
        required
      />
      <TextField
        id="password"
        label="Password"
        errors={state.fieldErrors?.password}
        type="password"
        autoComplete="current-password"
        required
      />
      <FormMessage state={state} />
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
