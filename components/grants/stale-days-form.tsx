"use client";
import { useActionState } from "react";
import { TextField } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

export function StaleDaysForm({ action, days }: { action: (prev: FormState, formData: FormData) => Promise<FormState>; days: number }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} data-action="update-stale-days" className="mt-4 flex flex-wrap items-end gap-3" noValidate>
      <div className="w-48">
        <TextField
          id="staleGrantDays"
          label="Stale after (days)"
          errors={state.fieldErrors?.staleGrantDays}
          type="number"
          min={1}
          defaultValue={state.values?.staleGrantDays ?? days}
        />
      </div>
      <div className="pb-6">
        <FormMessage state={state} success="toast" />
        <SubmitButton pendingText="Saving…">Save</SubmitButton>
      </div>
    </form>
  );
}
