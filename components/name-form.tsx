"use client";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { describedBy, Field, inputClass } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

// One "name" field and a submit: creating and renaming workspaces.
export function NameForm({ name, action, label, submit, pending, defaultValue }: {
  name: string;
  action: (prev: FormState, formData: FormData) => Promise<FormState>; label: string; submit: string; pending: string; defaultValue?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  useEffect(() => { if (state.ok && state.message) toast.success(state.message); }, [state]);
  return (
    <form action={formAction} data-action={name} className="mt-6 space-y-4" noValidate>
      <Field id="name" label={label} errors={state.fieldErrors?.name}>
        <input id="name" name="name" defaultValue={state.values?.name ?? defaultValue} className={inputClass} aria-describedby={describedBy("name")} />
      </Field>
      <SubmitButton pendingText={pending}>{submit}</SubmitButton>
    </form>
  );
}
