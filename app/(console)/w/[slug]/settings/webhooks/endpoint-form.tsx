"use client";
import { useActionState } from "react";
import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import { TextField } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { EndpointState } from "@/lib/webhooks/create-endpoint";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from "@/lib/webhooks/events";

export function EndpointForm({
  action,
  sandbox,
}: {
  action: (prev: EndpointState, formData: FormData) => Promise<EndpointState>;
  sandbox: boolean;
}) {
  const [state, formAction] = useActionState(action, {} as EndpointState);
  const e = state.fieldErrors ?? {};
  const v = state.ok ? {} : (state.values ?? {});
  const picked = new Set((v.events ?? WEBHOOK_EVENTS.join(",")).split(","));
  return (
    <Card>
      <h2 className="text-sm font-semibold">Add an endpoint</h2>
      <form action={formAction} data-action="create-webhook-endpoint" className="mt-3 space-y-4" noValidate>
        <TextField
          id="webhook-url"
          label="URL"
          hint={
            sandbox
              ? "https:// on a public address. While the sandbox is on, http://127.0.0.1:<port>/… also works, for a receiver on this machine."
              : "https:// on a public address; private, loopback and link-local addresses are refused."
          }
          errors={e.url}
          name="url"
          type="url"
          maxLength={2000}
          defaultValue={v.url}
          placeholder="https://hooks.example.com/zoho-console"
        />
        <fieldset className="space-y-2" aria-describedby="webhook-events-error">
          <legend className="text-sm font-medium">Events</legend>
          <ul className="space-y-1">
            {WEBHOOK_EVENTS.map((event) => (
              <li key={event}>
                <label className="flex items-start gap-2 text-sm">
                  <input type="checkbox" name="events" value={event} defaultChecked={picked.has(event)} className="mt-1" />
                  <span>
                    <code className="font-mono text-xs">{event}</code>
                    <span className="block text-xs text-muted">{WEBHOOK_EVENT_LABELS[event]}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <div id="webhook-events-error" aria-live="polite">
            {e.events?.map((m) => (
              <p key={m} className="text-sm text-red-600 dark:text-red-400">
                {m}
              </p>
            ))}
          </div>
        </fieldset>
        <SubmitButton pendingText="Adding…">Add endpoint</SubmitButton>
        <FormMessage state={state.ok ? {} : state} />
      </form>
      {state.secret && (
        <div
          className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/40"
          role="status"
        >
          <p>
            <strong>Copy the signing secret now: it is not shown again.</strong> Your receiver verifies each webhook with it (Standard
            Webhooks: any <code>standardwebhooks</code> library&apos;s <code>Webhook(secret).verify</code>).
          </p>
          <div className="mt-2 flex items-center gap-2">
            <code className="font-mono text-xs break-all" data-testid="new-webhook-secret">
              {state.secret}
            </code>
            <CopyButton value={state.secret} label="Copy secret" />
          </div>
        </div>
      )}
    </Card>
  );
}
