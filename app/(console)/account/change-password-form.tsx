"use client";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { describedBy, Field, inputClass } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { changePasswordAction } from "@/lib/account/actions";
import { initialFormState } from "@/lib/forms/form-state";

// Passwords are never echoed back: after a failed submit the fields start empty again.
export function ChangePasswordForm() {
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  const e = state.fieldErrors ?? {};
  useEffect(() => {
    if (state.ok && state.message) toast.success(state.message);
  }, [state]);
  return (
    <form action={action} data-action="change-password" className="mt-4 space-y-4" noValidate>
      <Field id="currentPassword" label="Current password" errors={e.currentPassword}>
        <input
          id="currentPassword"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
          aria-describedby={describedBy("currentPassword")}
          aria-invalid={!!e.currentPassword}
        />
      </Field>
      <Field id="newPassword" label="New password" hint="At least 12 characters." errors={e.newPassword}>
        <input
          id="newPassword"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          className={inputClass}
          aria-describedby={describedBy("newPassword", true)}
          aria-invalid={!!e.newPassword}
        />
      </Field>
      <Field id="confirmPassword" label="New password, again" errors={e.confirmPassword}>
        <input
          id="confirmPassword"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          className={inputClass}
          aria-describedby={describedBy("confirmPassword")}
          aria-invalid={!!e.confirmPassword}
        />
      </Field>
      {state.message && !state.ok && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {state.message}
        </p>
      )}
      {state.message && state.ok && (
        <p role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          {state.message}
        </p>
      )}
      <SubmitButton pendingText="Changing…">Change password</SubmitButton>
    </form>
  );
}
