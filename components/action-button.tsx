"use client";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { SubmitButton } from "./submit-button";

// A one-button form around a bound server action. The action itself is the form's action, so it
// works before JavaScript loads; its answer becomes a toast.
export function ActionButton({ action, label, pendingText, variant = "secondary", confirmText, name }: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  pendingText: string;
  variant?: "primary" | "secondary" | "danger";
  confirmText?: string;
  name: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  useEffect(() => {
    if (state.message) (state.ok ? toast.success : toast.error)(state.message);
  }, [state]);
  return (
    <form action={formAction} data-action={name} onSubmit={(e) => { if (confirmText && !confirm(confirmText)) e.preventDefault(); }}>
      <SubmitButton variant={variant} pendingText={pendingText}>{label}</SubmitButton>
    </form>
  );
}
