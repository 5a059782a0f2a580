"use client";
import { useActionState } from "react";
import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import { describedBy, Field, inputClass } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { registerSandboxClient, type RegisterState } from "@/lib/sandbox/actions/register-sandbox-client";

export function RegisterForm({ defaultRedirectUri }: { defaultRedirectUri: string }) {
  const [state, action] = useActionState(registerSandboxClient, {} as RegisterState);
  const e = state.fieldErrors ?? {};
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-4" noValidate>
        <Card className="space-y-4">
          <Field id="name" label="Name" errors={e.name}>
            <input id="name" name="name" defaultValue={state.values?.name} className={inputClass} aria-describedby={describedBy("name")} />
          </Field>
          <Field id="redirectUris" label="Redirect URIs (one per line)" errors={e.redirectUris}>
            <textarea id="redirectUris" name="redirectUris" rows={2} defaultValue={state.values?.redirectUris ?? defaultRedirectUri} className={`${inputClass} font-mono`} aria-describedby={describedBy("redirectUris")} />
          </Field>
          <SubmitButton pendingText="Registering…">Register sandbox client</SubmitButton>
        </Card>
      </form>
      {state.created && (
        <Card className="space-y-3 border-emerald-400 dark:border-emerald-700">
          <p className="text-sm font-medium">Client registered. Copy the secret now: it is not shown again.</p>
          {[["Client ID", "sandbox-client-id", state.created.clientId], ["Client Secret", "sandbox-client-secret", state.created.clientSecret]].map(([label, id, value]) => (
            <div key={id}>
              <p className="text-xs text-zinc-500">{label}</p>
              <div className="flex items-center gap-2">
                <code data-testid={id} className="break-all font-mono text-sm">{value}</code>
                <CopyButton value={value} label={`Copy ${label}`} />
              </div>
            </div>
          ))}
        </Card>
      )}
    </div>
  );
}
