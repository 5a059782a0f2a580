"use client";
import { useActionState, useState } from "react";
import { Card } from "@/components/card";
import { describedBy, Field, fileInputClass, inputClass } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { buttonClass } from "@/components/button-class";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { BODY_LIMIT_BYTES } from "@/lib/body-limit/body-limits";

type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

export function ExportForm({ action, canIncludeSecrets }: { action: string; canIncludeSecrets: boolean }) {
  const [withSecrets, setWithSecrets] = useState(false);
  return (
    <Card>
      <h2 className="text-sm font-semibold">Export client configurations</h2>
      <p className="mt-1 text-sm text-muted">
        A JSON file with every client&apos;s settings. Secrets are left out unless you include them under a passphrase.
      </p>
      <form method="POST" action={action} data-action="export-clients" className="mt-4 space-y-3">
        {canIncludeSecrets && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="includeSecrets" checked={withSecrets} onChange={(e) => setWithSecrets(e.target.checked)} />
            Include secrets, encrypted with a passphrase
          </label>
        )}
        {withSecrets && (
          <Field
            id="export-passphrase"
            label="Passphrase"
            hint="At least 12 characters. Whoever imports the file needs it; it is not stored."
          >
            <input
              id="export-passphrase"
              name="passphrase"
              type="password"
              minLength={12}
              required
              autoComplete="new-password"
              className={inputClass}
              aria-describedby={describedBy("export-passphrase", true)}
            />
          </Field>
        )}
        <button type="submit" className={buttonClass("secondary")}>
          Download JSON
        </button>
      </form>
    </Card>
  );
}

export function SelfClientForm({
  action,
  sandboxEnabled,
  dataCentres,
}: {
  action: FormAction;
  sandboxEnabled: boolean;
  dataCentres: { location: string; label: string }[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  // The console takes at most 1 MB per form: say so here rather than let the post be refused.
  function checkSize(event: React.FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    const size = (file instanceof File ? file.size : 0) + new Blob([String(data.get("json") ?? "")]).size;
    const refused = size > BODY_LIMIT_BYTES - 16 * 1024;
    setTooLarge(
      refused
        ? "This is larger than 1 MB, and a self_client.json is well under 1 KB: choose the file Zoho's API console downloaded."
        : null,
    );
    if (refused) event.preventDefault();
  }
  return (
    <Card className="lg:col-span-2">
      <h2 className="text-sm font-semibold">Import a Self Client (self_client.json)</h2>
      <p className="mt-1 text-sm text-muted">
        Zoho&apos;s API console downloads <code>self_client.json</code> with the client id, secret and a fresh grant code. The console
        registers the Self Client and, while the code is still valid, exchanges it at once.
      </p>
      <form action={formAction} onSubmit={checkSize} data-action="import-self-client" className="mt-4 grid gap-4 sm:grid-cols-2" noValidate>
        <div className="sm:col-span-2">
          <Field
            id="self-file"
            label="self_client.json"
            hint="Choose the file, or paste its content below."
            errors={tooLarge ? [tooLarge] : e.file}
          >
            <input
              id="self-file"
              name="file"
              type="file"
              accept="application/json,.json"
              className={fileInputClass}
              aria-describedby={describedBy("self-file", true)}
            />
          </Field>
        </div>
        <div className="sm:col-span-2">
          <Field id="self-json" label="…or paste its content" errors={e.json}>
            <textarea
              id="self-json"
              name="json"
              rows={3}
              spellCheck={false}
              className={`${inputClass} font-mono`}
              aria-describedby={describedBy("self-json")}
            />
          </Field>
        </div>
        <Field id="self-name" label="Name" errors={e.name}>
          <input
            id="self-name"
            name="name"
            defaultValue={v.name ?? "Self Client"}
            className={inputClass}
            aria-describedby={describedBy("self-name")}
          />
        </Field>
        <Field id="self-dc" label="Data centre of the API console you used" errors={e.location}>
          <select
            id="self-dc"
            name="location"
            defaultValue={v.location ?? "us"}
            className={inputClass}
            aria-describedby={describedBy("self-dc")}
          >
            {dataCentres.map((dc) => (
              <option key={dc.location} value={dc.location}>
                {dc.label} ({dc.location})
              </option>
            ))}
          </select>
        </Field>
        {sandboxEnabled ? (
          <label className="flex items-center gap-2 text-sm sm:col-span-2">
            <input type="checkbox" name="sandbox" defaultChecked={v.sandbox === "on"} /> The file comes from the built-in sandbox
          </label>
        ) : null}
        <FormMessage state={state} className="sm:col-span-2" />
        <div className="sm:col-span-2">
          <SubmitButton pendingText="Importing and exchanging…">Import Self Client</SubmitButton>
        </div>
      </form>
    </Card>
  );
}
