"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

// Finishing a review (admins): says what will happen, asks to confirm the undecided ones, then revokes.
export function FinishForm({
  action,
  toRevoke,
  kept,
  undecided,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  toRevoke: number;
  kept: number;
  undecided: number;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors?.undecidedKept;
  return (
    <form
      action={formAction}
      data-action="finish-review"
      className="space-y-3"
      onSubmit={(e) => {
        if (toRevoke > 0 && !confirm(`Revoke ${toRevoke} ${toRevoke === 1 ? "grant" : "grants"} at Zoho now? This cannot be undone.`))
          e.preventDefault();
      }}
    >
      <p className="text-sm">
        Finishing makes the decisions final and revokes <b data-testid="finish-to-revoke">{toRevoke}</b>{" "}
        {toRevoke === 1 ? "grant" : "grants"} at Zoho; <b>{kept}</b> {kept === 1 ? "is" : "are"} kept.
      </p>
      {undecided > 0 && (
        <div>
          <label className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="undecidedKept"
              className="mt-1"
              aria-invalid={errors ? true : undefined}
              aria-describedby="undecided-kept-error"
            />
            <span>
              Finish with {undecided} undecided {undecided === 1 ? "grant" : "grants"}: they are kept and reported as not reviewed.
            </span>
          </label>
          <div id="undecided-kept-error" aria-live="polite">
            {errors?.map((e) => (
              <p key={e} className="text-sm text-red-600 dark:text-red-400">
                {e}
              </p>
            ))}
          </div>
        </div>
      )}
      <SubmitButton variant={toRevoke > 0 ? "danger" : "primary"} pendingText="Finishing…">
        Finish the review
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
