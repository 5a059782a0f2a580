"use client";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { SubmitButton } from "./submit-button";

// A one-button form around a bound server action. The action itself is the form's action, so it
// works before JavaScript loads; its answer becomes a toast.
export function ActionButton({
  action,
  label,
  pendingText,
  variant = "secondary",
  confirmText,
  name,
  showResult = false,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  pendingText: string;
  variant?: "primary" | "secondary" | "danger";
  confirmText?: string;
  name: string;
  /** Also keep the answer on the page, next to the button (e.g. a verification result). */
  showResult?: boolean;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  useEffect(() => {
    if (state.message) (state.ok ? toast.success : toast.error)(state.message);
  }, [state]);
  return (
    <form
      action={formAction}
      data-action={name}
      onSubmit={(e) => {
        if (confirmText && !confirm(confirmText)) e.preventDefault();
      }}
    >
      <SubmitButton variant={variant} pendingText={pendingText}>
        {label}
      </SubmitButton>
      {showResult && state.message && (
        <p
          role="status"
          data-testid={`${name}-result`}
          className={state.ok ? "mt-1 text-xs text-emerald-700 dark:text-emerald-400" : "mt-1 text-xs text-red-600 dark:text-red-400"}
        >
          {state.message}
        </p>
      )}
    </form>
  );
}
