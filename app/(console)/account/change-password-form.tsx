"use client";
import { useActionState } from "react";
import { TextField } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { changePasswordAction } from "@/lib/account/actions";
import { initialFormState } from "@/lib/forms/form-state";

// Passwords are never echoed back: after a failed submit the fields start empty again.
export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} data-action="change-password" className="mt-4 space-y-4" noValidate>
      <TextField
        id="currentPassword"
        label="Current password"
        errors={e.currentPassword}
        type="password"
        autoComplete="current-password"
        required
      />
      <TextField
        id="newPassword"
        label="New password"
        hint="At least 12 characters."
        errors={e.newPassword}
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
      />
      <TextField
        id="confirmPassword"
        label="New password, again"
        errors={e.confirmPassword}
        type="password"
        autoComplete="new-password"
        required
      />
      <FormMessage state={state} success="toast" />
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}
