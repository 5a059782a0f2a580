"use client";
import { useActionState } from "react";
import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import { TextField } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { ApiKeyState } from "@/lib/api-keys/create-api-key";

export type GrantChoice = { id: string; title: string; detail: string };

export function ApiKeyForm({
  action,
  grants,
}: {
  action: (prev: ApiKeyState, formData: FormData) => Promise<ApiKeyState>;
  grants: GrantChoice[];
}) {
  const [state, formAction] = useActionState(action, {} as ApiKeyState);
  const e = state.fieldErrors ?? {};
  const v = state.ok ? {} : (state.values ?? {});
  const scope = v.scope ?? "all";
  const picked = new Set((v.grantIds ?? "").split(","));
  return (
    <Card>
      <h2 className="text-sm font-semibold">Create an API key</h2>
      <form action={formAction} data-action="create-api-key" className="mt-3 space-y-4" noValidate>
        <TextField
          id="key-name"
          label="Name"
          hint="What uses it, so you know what breaks when you revoke it."
          errors={e.name}
          name="name"
          maxLength={60}
          defaultValue={v.name}
          placeholder="CRM sync worker"
        />
        <fieldset className="space-y-2" aria-describedby="key-grants-error">
          <legend className="text-sm font-medium">Grants it may use</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="scope" value="all" defaultChecked={scope === "all"} />
            All grants of this workspace, including future ones
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="scope" value="grants" defaultChecked={scope === "grants"} disabled={grants.length === 0} />
            Only the grants picked below
          </label>
          {grants.length === 0 ? (
            <p className="pl-6 text-xs text-muted">No active grants yet.</p>
          ) : (
            <ul className="max-h-48 space-y-1 overflow-y-auto pl-6">
              {grants.map((g) => (
                <li key={g.id}>
                  <label className="flex items-start gap-2 text-sm">
                    <input type="checkbox" name="grantIds" value={g.id} defaultChecked={picked.has(g.id)} className="mt-1" />
                    <span>
                      {g.title} <span className="block text-xs text-muted">{g.detail}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          <div id="key-grants-error" aria-live="polite">
            {[...(e.grantIds ?? []), ...(e.scope ?? [])].map((m) => (
              <p key={m} className="text-sm text-red-600 dark:text-red-400">
                {m}
              </p>
            ))}
          </div>
        </fieldset>
        <TextField
          id="key-expires"
          label="Expires on (optional)"
          hint="The key stops working at 00:00 UTC on this day. Empty: until revoked."
          errors={e.expiresOn}
          name="expiresOn"
          type="date"
          defaultValue={v.expiresOn}
        />
        <SubmitButton pendingText="Creating…">Create key</SubmitButton>
        <FormMessage state={state.ok ? {} : state} />
      </form>
      {state.key && (
        <div
          className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/40"
          role="status"
        >
          <p>
            <strong>Copy the key for “{state.name}” now: it is not shown again.</strong> The console keeps only a hash of it. Store it in
            your service&apos;s secret store.
          </p>
          <div className="mt-2 flex items-center gap-2">
            <code className="break-all font-mono text-xs" data-testid="new-api-key">
              {state.key}
            </code>
            <CopyButton value={state.key} label="Copy key" />
          </div>
        </div>
      )}
    </Card>
  );
}
