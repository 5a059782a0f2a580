"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

const FIELDS = [
  ["limitCodesPerWindow", "Grant codes per client per 10 minutes", "Zoho: 10. The builder warns before the last ones."],
  ["limitAccessTokensPerWindow", "Access tokens per refresh token per 10 minutes", "Zoho: 10. The token API never refreshes more often."],
  [
    "limitActiveAccessTokens",
    "Active access tokens per refresh token",
    "Zoho CRM: 15 (other pages: 10 or 30); the next one invalidates the oldest. The sandbox keeps this many.",
  ],
  ["limitRefreshTokensPerUser", "Refresh tokens per Zoho user per client", "Zoho: 20; the next one deletes the oldest."],
  ["warnRefreshTokensPerUser", "Warn from", "Grants of a user at or above this show a warning."],
  [
    "limitCodeLifetimeSeconds",
    "Grant code lifetime (seconds)",
    "Zoho's pages say 60 s, 2 min and 3 min. Hints and the debugger name this figure.",
  ],
] as const;

export function LimitsForm({
  action,
  values,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  values: Record<string, number>;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} data-action="update-limits" className="mt-4 grid gap-4 sm:grid-cols-2" noValidate>
      {FIELDS.map(([name, label, hint]) => (
        <Field key={name} id={name} label={label} hint={hint} errors={state.fieldErrors?.[name]}>
          <input
            id={name}
            name={name}
            type="number"
            min={1}
            defaultValue={state.values?.[name] ?? values[name]}
            className={inputClass}
            aria-describedby={describedBy(name, true)}
          />
        </Field>
      ))}
      <div className="sm:col-span-2">
        <FormMessage state={state} success="toast" />
        <SubmitButton pendingText="Saving…">Save limits</SubmitButton>
      </div>
    </form>
  );
}
