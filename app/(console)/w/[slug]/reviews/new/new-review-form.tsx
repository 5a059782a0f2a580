"use client";
import { useActionState } from "react";
import { Card } from "@/components/card";
import { TextField } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

export function NewReviewForm({
  action,
  filter,
  previousId,
  defaultName,
  defaultReviewers,
  defaultRecurring,
  covered,
  members,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  filter: string;
  previousId: string;
  defaultName: string;
  defaultReviewers: string[];
  defaultRecurring: boolean;
  covered: number;
  members: { id: string; label: string; role: string }[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  const picked = new Set(v.reviewerIds !== undefined ? v.reviewerIds.split(",") : defaultReviewers);
  return (
    <Card>
      <form action={formAction} data-action="start-review" className="space-y-5" noValidate>
        <input type="hidden" name="filter" value={filter} />
        <input type="hidden" name="previousId" value={previousId} />
        <TextField id="review-name" name="name" label="Name" errors={e.name} maxLength={100} defaultValue={v.name ?? defaultName} />
        <fieldset className="space-y-2" aria-describedby="review-reviewers-hint review-reviewers-error">
          <legend className="text-sm font-medium">Reviewers</legend>
          <p id="review-reviewers-hint" className="text-xs text-muted">
            Who decides keep or revoke. None ticked: the workspace&apos;s admins. Admins may always decide; only an admin finishes the
            review, which is when anything is revoked.
          </p>
          <ul className="max-h-56 space-y-1 overflow-y-auto">
            {members.map((m) => (
              <li key={m.id}>
                <label className="flex items-start gap-2 text-sm">
                  <input type="checkbox" name="reviewerIds" value={m.id} defaultChecked={picked.has(m.id)} className="mt-1" />
                  <span className="break-all">
                    {m.label} <span className="text-xs text-muted">· {m.role}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <div id="review-reviewers-error" aria-live="polite">
            {e.reviewerIds?.map((m) => (
              <p key={m} className="text-sm text-red-600 dark:text-red-400">
                {m}
              </p>
            ))}
          </div>
        </fieldset>
        <TextField
          id="review-due"
          name="dueOn"
          type="date"
          label="Due by (optional)"
          hint="Shown to the reviewers and on the overview."
          errors={e.dueOn}
          defaultValue={v.dueOn}
        />
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="recurring" defaultChecked={v.recurring ? v.recurring === "on" : defaultRecurring} className="mt-1" />
          <span>
            Repeat every 90 days
            <span className="block text-xs text-muted">
              When this review finishes, the next round (same filters and reviewers) is due 90 days later; the overview reminds admins.
            </span>
          </span>
        </label>
        <div className="flex flex-wrap items-center gap-3">
          <SubmitButton pendingText="Starting…" disabled={covered === 0}>
            Start the review of {covered.toLocaleString("en")} {covered === 1 ? "grant" : "grants"}
          </SubmitButton>
        </div>
        <FormMessage state={state} />
      </form>
    </Card>
  );
}
