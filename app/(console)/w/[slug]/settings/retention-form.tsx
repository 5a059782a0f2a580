"use client";
import { useActionState } from "react";
import { TextField } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

export function RetentionForm({
  action,
  days,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  days: number | null;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} data-action="update-audit-retention" className="mt-4 flex flex-wrap items-end gap-3" noValidate>
      <div className="w-48">
        <TextField
          id="auditRetentionDays"
          label="Keep audit events for (days)"
          hint="Empty: forever."
          errors={state.fieldErrors?.auditRetentionDays}
          type="number"
          min={30}
          placeholder="forever"
          defaultValue={state.values?.auditRetentionDays ?? days ?? ""}
        />
      </div>
      <div className="pb-6">
        <FormMessage state={state} success="toast" />
        <SubmitButton pendingText="Saving…">Save retention</SubmitButton>
      </div>
    </form>
  );
}
