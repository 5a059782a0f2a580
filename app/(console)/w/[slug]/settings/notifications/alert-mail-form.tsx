"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from "@/lib/webhooks/events";

export function AlertMailForm({
  action,
  events,
  mode,
  enabled,
  every,
  digest,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  events: string[];
  mode: "IMMEDIATE" | "DIGEST";
  enabled: boolean;
  every: string;
  digest: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  const v = state.ok ? null : state.values;
  const picked = new Set(v ? (v.events ?? "").split(",") : events);
  const how = v?.mode ?? mode;
  return (
    <form action={formAction} data-action="update-alert-mail" className="space-y-5" noValidate>
      <fieldset disabled={!enabled} className="space-y-2" aria-describedby="alert-mail-events-hint alert-mail-events-error">
        <legend className="text-sm font-semibold">Email me when</legend>
        <p id="alert-mail-events-hint" className="text-xs text-muted">
          None ticked: no mail. Nothing is ticked until you choose.
        </p>
        <ul className="space-y-1">
          {WEBHOOK_EVENTS.map((event) => (
            <li key={event}>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="events" value={event} defaultChecked={picked.has(event)} className="mt-1" />
                <span>
                  {WEBHOOK_EVENT_LABELS[event]}
                  <code className="ml-1 font-mono text-xs text-muted">{event}</code>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <div id="alert-mail-events-error" aria-live="polite">
          {e.events?.map((m) => (
            <p key={m} className="text-sm text-red-600 dark:text-red-400">
              {m}
            </p>
          ))}
        </div>
      </fieldset>
      <fieldset disabled={!enabled} className="space-y-2" aria-describedby="alert-mail-mode-error">
        <legend className="text-sm font-semibold">How often</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="mode" value="IMMEDIATE" defaultChecked={how !== "DIGEST"} className="mt-1" />
          <span>
            As they happen
            <span className="block text-xs text-muted">Within about {every}; alerts close together come in one mail.</span>
          </span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="mode" value="DIGEST" defaultChecked={how === "DIGEST"} className="mt-1" />
          <span>
            Daily digest
            <span className="block text-xs text-muted">At most one mail a {digest}, with every alert since the last one.</span>
          </span>
        </label>
        <div id="alert-mail-mode-error" aria-live="polite">
          {e.mode?.map((m) => (
            <p key={m} className="text-sm text-red-600 dark:text-red-400">
              {m}
            </p>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText="Saving…" disabled={!enabled}>
          Save
        </SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
