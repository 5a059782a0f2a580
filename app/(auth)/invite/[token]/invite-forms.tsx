"use client";
import { useActionState } from "react";
import { Field, inputClass, TextField } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

export function AcceptInviteForm({ action }: { action: (prev: FormState) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} data-action="accept-invite" className="mt-6 space-y-3">
      <FormMessage state={state} />
      <SubmitButton pendingText="Joining…">Accept invitation</SubmitButton>
    </form>
  );
}

export function InviteSignUpForm({
  action,
  email,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  email: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={formAction} data-action="sign-up-with-invite" className="mt-6 space-y-4" noValidate>
      <Field id="email" label="Email">
        <input id="email" value={email} readOnly className={`${inputClass} opacity-70`} />
      </Field>
      <TextField id="name" label="Your name" errors={e.name} defaultValue={state.values?.name} autoComplete="name" />
      <TextField
        id="password"
        label="Password"
        hint="At least 12 characters."
        errors={e.password}
        type="password"
        autoComplete="new-password"
      />
      <FormMessage state={state} />
      <SubmitButton pendingText="Creating your account…">Create account and join</SubmitButton>
    </form>
  );
}
