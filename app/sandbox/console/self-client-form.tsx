"use client";
import { useActionState } from "react";
import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import { describedBy, Field, inputClass, TextField } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { SelfClientState } from "@/lib/sandbox/create-sandbox-self-client";

// `create` is the server action bound to the workspace the page shows.
export function SelfClientForm({
  action: create,
  users,
}: {
  action: (prev: SelfClientState, formData: FormData) => Promise<SelfClientState>;
  users: { id: string; label: string }[];
}) {
  const [state, action] = useActionState(create, {} as SelfClientState);
  const e = state.fieldErrors ?? {};
  const v = state.values ?? {};
  return (
    <Card>
      <h2 className="text-lg font-semibold">Self Client: generate a code</h2>
      <p className="mt-1 text-sm text-muted">
        Creates a Self Client and a grant code for the scopes you enter, valid for the minutes you choose, as <code>self_client.json</code>.
      </p>
      <form action={action} data-action="sandbox-self-client" className="mt-4 grid gap-4 sm:grid-cols-2" noValidate>
        <TextField id="self-name" label="Self Client name" errors={e.name} name="name" defaultValue={v.name ?? "Reporting script"} />
        <Field id="self-scope" label="Scope" errors={e.scope}>
          <input
            id="self-scope"
            name="scope"
            defaultValue={v.scope ?? "ZohoCRM.modules.ALL,AaaServer.profile.READ"}
            className={`${inputClass} font-mono`}
            aria-describedby={describedBy("self-scope")}
          />
        </Field>
        <Field id="self-minutes" label="Time duration" errors={e.minutes}>
          <select id="self-minutes" name="minutes" defaultValue={v.minutes ?? "10"} className={inputClass}>
            {[3, 5, 10].map((m) => (
              <option key={m} value={m}>
                {m} minutes
              </option>
            ))}
          </select>
        </Field>
        <Field id="self-user" label="Signed in as" errors={e.user}>
          <select id="self-user" name="user" defaultValue={v.user ?? users[0]?.id} className={inputClass}>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </select>
        </Field>
        <FormMessage state={state} className="sm:col-span-2" />
        <div className="sm:col-span-2">
          <SubmitButton pendingText="Generating…">Create Self Client and code</SubmitButton>
        </div>
      </form>
      {state.selfClientJson && (
        <div className="mt-4 rounded-md border border-emerald-300 p-3 dark:border-emerald-800" role="status">
          <div className="flex items-center justify-between gap-2">
            <p className="text-sm font-medium">self_client.json</p>
            <span className="flex gap-2">
              <CopyButton value={state.selfClientJson} label="Copy JSON" />
              <a
                className="rounded border border-zinc-300 px-2 py-1 text-xs font-medium dark:border-zinc-700"
                download="self_client.json"
                href={`data:application/json;charset=utf-8,${encodeURIComponent(state.selfClientJson)}`}
              >
                Download
              </a>
            </span>
          </div>
          <pre className="mt-2 overflow-x-auto text-xs" data-testid="self-client-json">
            {state.selfClientJson}
          </pre>
        </div>
      )}
    </Card>
  );
}
