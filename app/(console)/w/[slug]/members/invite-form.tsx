"use client";
import { useActionState } from "react";
import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import { describedBy, Field, inputClass, TextField } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { InviteState } from "@/lib/members/create-invite";

export function InviteForm({
  action,
  roles,
}: {
  action: (prev: InviteState, formData: FormData) => Promise<InviteState>;
  roles: readonly string[];
}) {
  const [state, formAction] = useActionState(action, {} as InviteState);
  const e = state.fieldErrors ?? {};
  return (
    <Card>
      <h2 className="text-sm font-semibold">Invite someone</h2>
      <form action={formAction} data-action="create-invite" className="mt-3 space-y-3" noValidate>
        <TextField
          id="invite-email"
          label="Email"
          errors={e.email}
          name="email"
          type="email"
          defaultValue={state.ok ? "" : state.values?.email}
        />
        <Field id="invite-role" label="Role" errors={e.role}>
          <select
            id="invite-role"
            name="role"
            defaultValue={state.values?.role ?? "DEVELOPER"}
            className={inputClass}
            aria-describedby={describedBy("invite-role")}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {r.toLowerCase()}
              </option>
            ))}
          </select>
        </Field>
        <FormMessage state={state} success="toast" />
        <SubmitButton pendingText="Creating link…">Create invite link</SubmitButton>
      </form>
      {state.link && (
        <div
          className="mt-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm dark:border-emerald-800 dark:bg-emerald-950/40"
          role="status"
        >
          <p>
            {state.mail === "sent" ? (
              <>
                Mailed to <strong>{state.email}</strong>. You can also send the link yourself:{" "}
              </>
            ) : (
              <>
                Send this link to <strong>{state.email}</strong>
                {state.mail === "failed" ? " (the mail could not be sent)" : ""}.{" "}
              </>
            )}
            It works once, for 7 days, and is not shown again.
          </p>
          <div className="mt-2 flex items-center gap-2">
            <code className="break-all font-mono text-xs" data-testid="invite-link">
              {state.link}
            </code>
            <CopyButton value={state.link} label="Copy link" />
          </div>
        </div>
      )}
    </Card>
  );
}
