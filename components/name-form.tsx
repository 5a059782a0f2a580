"use client";
import { useActionState } from "react";
import { TextField } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

// One text field and a submit: naming workspaces, labelling grants.
export function NameForm({
  name,
  field = "name",
  action,
  label,
  submit,
  pending,
  defaultValue,
}: {
  name: string;
  field?: string;
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  submit: string;
  pending: string;
  defaultValue?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} data-action={name} className="mt-6 space-y-4" noValidate>
      <TextField id={field} label={label} errors={state.fieldErrors?.[field]} defaultValue={state.values?.[field] ?? defaultValue} />
      <FormMessage state={state} success="toast" />
      <SubmitButton pendingText={pending}>{submit}</SubmitButton>
    </form>
  );
}
