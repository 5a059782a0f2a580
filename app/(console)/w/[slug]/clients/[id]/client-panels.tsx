"use client";
import { useActionState } from "react";
import { ActionButton } from "@/components/action-button";
import { Card } from "@/components/card";
import { ClientFields, type ClientValues } from "@/components/clients/client-fields";
import { CopyButton } from "@/components/copy-button";
import { describedBy, Field, inputClass } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import type { RevealState } from "@/lib/clients/reveal-client-secret";
import type { ClientTypeName } from "@/lib/zoho/client-types";

type FormAction<S = FormState> = (prev: S, formData: FormData) => Promise<S>;

export function EditClientForm({
  action,
  type,
  values,
  callbackUrl,
  dataCentres,
}: {
  action: FormAction;
  type: ClientTypeName;
  values: ClientValues;
  callbackUrl: string;
  dataCentres: { location: string; label: string }[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} data-action="update-client" noValidate>
      <Card className="space-y-5">
        <h2 className="text-sm font-semibold">Settings</h2>
        <ClientFields
          type={type}
          values={state.values ?? values}
          errors={state.fieldErrors ?? {}}
          callbackUrl={callbackUrl}
          dataCentres={dataCentres}
        />
        <FormMessage state={state} success="toast" />
        <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
      </Card>
    </form>
  );
}

export function SecretPanel({
  last4,
  pendingLast4,
  canWrite,
  canReveal,
  rotate,
  confirm,
  cancel,
  reveal,
}: {
  last4: string | null;
  pendingLast4: string | null;
  canWrite: boolean;
  canReveal: boolean;
  rotate: FormAction;
  confirm: FormAction;
  cancel: FormAction;
  reveal: FormAction<RevealState>;
}) {
  const [rotateState, rotateAction] = useActionState(rotate, initialFormState);
  const [revealState, revealAction] = useActionState(reveal, {} as RevealState);
  return (
    <Card className="space-y-4">
      <div>
        <h2 className="text-sm font-semibold">Client secret</h2>
        <p className="mt-1 font-mono text-sm" data-testid="secret-last4">
          {last4 ? `••••${last4}` : "none"}
        </p>
      </div>
      {pendingLast4 && (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/40">
          <p>
            A new secret <span className="font-mono">••••{pendingLast4}</span> is waiting. The current one is still used until you confirm.
          </p>
          {canWrite && (
            <div className="mt-2 flex flex-wrap gap-2">
              <ActionButton
                name="confirm-rotation"
                action={confirm}
                variant="primary"
                label="Confirm new secret"
                pendingText="Confirming…"
              />
              <ActionButton name="cancel-rotation" action={cancel} label="Cancel" pendingText="Cancelling…" />
            </div>
          )}
        </div>
      )}
      {canWrite && (
        <form action={rotateAction} data-action="start-rotation" className="space-y-2" noValidate>
          <Field
            id="new-secret"
            label="Rotate: new secret"
            hint="Write-only. Generate it in Zoho's API console first."
            errors={rotateState.fieldErrors?.secret}
          >
            <input
              id="new-secret"
              name="secret"
              type="password"
              autoComplete="off"
              className={`${inputClass} font-mono`}
              aria-describedby={describedBy("new-secret", true)}
            />
          </Field>
          <FormMessage state={rotateState} success="toast" />
          <SubmitButton variant="secondary" pendingText="Saving…">
            Save as pending
          </SubmitButton>
        </form>
      )}
      {canReveal &&
        last4 &&
        (revealState.secret ? (
          <div className="rounded-md border border-zinc-300 p-3 dark:border-zinc-700" role="status">
            <p className="text-xs text-muted">Revealed (this reveal is in the audit trail)</p>
            <div className="mt-1 flex flex-wrap items-center gap-2">
              <code className="min-w-0 font-mono text-sm break-all" data-testid="revealed-secret">
                {revealState.secret}
              </code>
              <CopyButton value={revealState.secret} label="Copy secret" />
            </div>
          </div>
        ) : (
          <form action={revealAction} data-action="reveal-secret" className="space-y-2" noValidate>
            <Field
              id="reveal-password"
              label="Reveal: your password"
              hint="Revealing is audited."
              errors={revealState.fieldErrors?.password}
            >
              <input
                id="reveal-password"
                name="password"
                type="password"
                autoComplete="current-password"
                className={inputClass}
                aria-describedby={describedBy("reveal-password", true)}
              />
            </Field>
            <FormMessage state={revealState} />
            <SubmitButton variant="secondary" pendingText="Checking…">
              Reveal secret
            </SubmitButton>
          </form>
        ))}
    </Card>
  );
}

export function DcSecretsPanel({
  secrets,
  locations,
  canWrite,
  save,
  remove,
}: {
  secrets: { location: string; secretLast4: string }[];
  locations: string[];
  canWrite: boolean;
  save: FormAction;
  remove: { location: string; action: FormAction }[];
}) {
  const [state, formAction] = useActionState(save, initialFormState);
  return (
    <Card className="space-y-3">
      <h2 className="text-sm font-semibold">Per-DC secrets</h2>
      <p className="text-xs text-muted">
        When Multi-DC uses a different secret in a data centre, set it here; otherwise the client secret is used everywhere.
      </p>
      <ul className="space-y-1 text-sm">
        {secrets.map((s) => (
          <li key={s.location} className="flex items-center gap-2">
            <span className="w-8 font-medium uppercase">{s.location}</span>
            <span className="font-mono">••••{s.secretLast4}</span>
            {canWrite && (
              <span className="ml-auto">
                <ActionButton
                  name="remove-dc-secret"
                  action={remove.find((r) => r.location === s.location)!.action}
                  label="Remove"
                  pendingText="Removing…"
                />
              </span>
            )}
          </li>
        ))}
      </ul>
      {canWrite && locations.length > 0 && (
        <form action={formAction} data-action="set-dc-secret" className="grid gap-2 sm:grid-cols-[6rem_1fr_auto] sm:items-end" noValidate>
          <Field id="dc-location" label="DC" errors={state.fieldErrors?.location}>
            <select id="dc-location" name="location" className={inputClass} aria-describedby={describedBy("dc-location")}>
              {locations.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </Field>
          <Field id="dc-secret" label="Secret there" errors={state.fieldErrors?.secret}>
            <input
              id="dc-secret"
              name="secret"
              type="password"
              autoComplete="off"
              className={`${inputClass} font-mono`}
              aria-describedby={describedBy("dc-secret")}
            />
          </Field>
          <SubmitButton variant="secondary" pendingText="Saving…">
            Save
          </SubmitButton>
          <FormMessage state={state} success="toast" className="sm:col-span-3" />
        </form>
      )}
    </Card>
  );
}

export function ArchiveButton({ archived, action }: { archived: boolean; action: FormAction }) {
  return (
    <ActionButton
      name={archived ? "restore-client" : "archive-client"}
      action={action}
      label={archived ? "Restore" : "Archive"}
      pendingText={archived ? "Restoring…" : "Archiving…"}
    />
  );
}
