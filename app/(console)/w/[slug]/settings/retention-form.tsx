"use client";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { describedBy, Field, inputClass } from "@/components/field";
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
  useEffect(() => {
    if (state.ok && state.message) toast.success(state.message);
  }, [state]);
  return (
    <form action={formAction} data-action="update-audit-retention" className="mt-4 flex flex-wrap items-end gap-3" noValidate>
      <div className="w-48">
        <Field
          id="auditRetentionDays"
          label="Keep audit events for (days)"
          hint="Empty: forever."
          errors={state.fieldErrors?.auditRetentionDays}
        >
          <input
            id="auditRetentionDays"
            name="auditRetentionDays"
            type="number"
            min={30}
            placeholder="forever"
            defaultValue={state.values?.auditRetentionDays ?? days ?? ""}
            className={inputClass}
            aria-describedby={describedBy("auditRetentionDays", true)}
          />
        </Field>
      </div>
      <div className="pb-6">
        <SubmitButton pendingText="Saving…">Save retention</SubmitButton>
      </div>
    </form>
  );
}
