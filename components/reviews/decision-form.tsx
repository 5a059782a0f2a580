"use client";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { inputClass } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

const NOTE_MAX = 500;

// One grant's decision: a note and Keep / Revoke (two submit buttons of one form). Works before JavaScript
// loads; the answer is a toast, and a refused note stays typed.
export function DecisionForm({
  action,
  itemId,
  note,
  grantName,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  itemId: string;
  note: string;
  grantName: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  useEffect(() => {
    if (state.message) (state.ok ? toast.success : toast.error)(state.message);
  }, [state]);
  const id = `note-${itemId}`;
  const errors = state.fieldErrors?.note ?? state.fieldErrors?.decision;
  return (
    <form action={formAction} data-action="decide-review-item" className="space-y-2" aria-label={`Decide ${grantName}`}>
      <label htmlFor={id} className="sr-only">
        Note on {grantName}
      </label>
      <textarea
        id={id}
        name="note"
        rows={2}
        maxLength={NOTE_MAX}
        defaultValue={state.ok ? note : (state.values?.note ?? note)}
        placeholder="Note (why keep or revoke)"
        className={`${inputClass} py-1.5 text-xs`}
        aria-invalid={errors ? true : undefined}
        aria-describedby={`${id}-error`}
      />
      <div id={`${id}-error`} aria-live="polite">
        {errors?.map((e) => (
          <p key={e} className="text-xs text-red-600 dark:text-red-400">
            {e}
          </p>
        ))}
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="decision" value="KEEP" variant="secondary" pendingText="Saving…">
          Keep
        </SubmitButton>
        <SubmitButton name="decision" value="REVOKE" variant="danger" pendingText="Saving…">
          Revoke
        </SubmitButton>
      </div>
    </form>
  );
}
