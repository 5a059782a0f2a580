"use client";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { describedBy, Field, inputClass } from "@/components/field";
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
  useEffect(() => {
    if (state.ok && state.message) toast.success(state.message);
  }, [state]);
  return (
    <form action={formAction} data-action={name} className="mt-6 space-y-4" noValidate>
      <Field id={field} label={label} errors={state.fieldErrors?.[field]}>
        <input
          id={field}
          name={field}
          defaultValue={state.values?.[field] ?? defaultValue}
          className={inputClass}
          aria-describedby={describedBy(field)}
        />
      </Field>
      <SubmitButton pendingText={pending}>{submit}</SubmitButton>
    </form>
  );
}
