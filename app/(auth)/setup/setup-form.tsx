"use client";
import { useActionState } from "react";
import { TextField } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { completeSetupAction } from "@/lib/account/actions";
import { initialFormState } from "@/lib/forms/form-state";

export function SetupForm() {
  const [state, action] = useActionState(completeSetupAction, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <TextField id="name" label="Your name" errors={e.name} defaultValue={state.values?.name} autoComplete="name" required />
      <TextField id="email" label="Email" errors={e.email} defaultValue={state.values?.email} type="email" autoComplete="email" required />
      <TextField
        id="password"
        label="Password"
        hint="At least 12 characters."
        errors={e.password}
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
      />
      <TextField
        id="workspaceName"
        label="Workspace name"
        hint="Usually your team or company, e.g. “Acme Integrations”."
        errors={e.workspaceName}
        defaultValue={state.values?.workspaceName}
        required
      />
      <FormMessage state={state} />
      <SubmitButton pendingText="Creating…">Create owner account</SubmitButton>
    </form>
  );
}
