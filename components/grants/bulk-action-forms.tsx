"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass, TextField } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
const card = "space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900";

// Revoke needs the number of grants typed ("revoke 108"): the run page takes over once it starts.
export function BulkRevokeForm({ action, filter, active, skipped }: { action: Action; filter: string; active: number; skipped: number }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const phrase = `revoke ${active}`;
  return (
    <form action={formAction} data-action="bulk-revoke" className={card} aria-labelledby="bulk-revoke-title">
      <h2 id="bulk-revoke-title" className="text-base font-semibold">
        Revoke at Zoho
      </h2>
      <p className="text-sm text-muted">
        Revokes the {active.toLocaleString("en")} active {active === 1 ? "grant" : "grants"} at Zoho, then here. Services using them stop
        working.{" "}
        {skipped > 0 && `${skipped.toLocaleString("en")} ${skipped === 1 ? "grant is" : "grants are"} not active and will be skipped. `}
        Zoho failures are retried; the run goes on if you close this page.
      </p>
      <input type="hidden" name="filter" value={filter} />
      <TextField
        id="bulk-revoke-confirm"
        name="confirm"
        label={`Type “${phrase}” to confirm`}
        autoComplete="off"
        spellCheck={false}
        defaultValue={state.values?.confirm}
        errors={state.fieldErrors?.confirm}
      />
      <SubmitButton variant="danger" pendingText="Starting…">
        Revoke {active.toLocaleString("en")} {active === 1 ? "grant" : "grants"}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function BulkRelabelForm({ action, filter, total }: { action: Action; filter: string; total: number }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} data-action="bulk-relabel" className={card} aria-labelledby="bulk-relabel-title">
      <h2 id="bulk-relabel-title" className="text-base font-semibold">
        Relabel
      </h2>
      <p className="text-sm text-muted">Gives all {total.toLocaleString("en")} grants one label (a note for people; no effect at Zoho).</p>
      <input type="hidden" name="filter" value={filter} />
      <TextField
        id="bulk-label"
        name="label"
        label="New label"
        hint="At most 80 characters; leave empty to clear the labels."
        maxLength={80}
        defaultValue={state.values?.label}
        errors={state.fieldErrors?.label}
      />
      <SubmitButton pendingText="Relabelling…">Relabel {total.toLocaleString("en")} grants</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function BulkAddToKeyForm({
  action,
  filter,
  active,
  keys,
}: {
  action: Action;
  filter: string;
  active: number;
  keys: { id: string; name: string; grantCount: number }[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} data-action="bulk-add-to-key" className={card} aria-labelledby="bulk-key-title">
      <h2 id="bulk-key-title" className="text-base font-semibold">
        Add to an API key
      </h2>
      <p className="text-sm text-muted">
        Adds the {active.toLocaleString("en")} active grants to a key&apos;s grant list (nothing is taken off it). A key for all grants
        already serves them.
      </p>
      <input type="hidden" name="filter" value={filter} />
      <Field id="bulk-key" label="API key" errors={state.fieldErrors?.keyId}>
        <select
          id="bulk-key"
          name="keyId"
          className={inputClass}
          aria-describedby={describedBy("bulk-key")}
          defaultValue={state.values?.keyId ?? ""}
        >
          <option value="">Pick a key…</option>
          {keys.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name} ({k.grantCount ? `${k.grantCount} grants` : "all grants"})
            </option>
          ))}
        </select>
      </Field>
      <SubmitButton variant="secondary" pendingText="Adding…">
        Add to the key
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
