"use client";
import { useActionState, useState } from "react";
import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import { describedBy, Field, inputClass } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  callbackUrl: string;
  sandboxEnabled: boolean;
  dataCentres: { location: string; label: string }[];
};

export function ClientForm({ action, callbackUrl, sandboxEnabled, dataCentres }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [provider, setProvider] = useState(v.provider ?? (sandboxEnabled ? "SANDBOX" : "ZOHO"));
  return (
    <form action={formAction} className="max-w-2xl space-y-6" noValidate>
      <Card className="space-y-5">
        <Field id="name" label="Name" hint="How your team will recognise it." errors={e.name}>
          <input id="name" name="name" defaultValue={v.name} required className={inputClass} aria-describedby={describedBy("name", true)} />
        </Field>
        {sandboxEnabled ? (
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">Accounts server</legend>
            {[
              ["ZOHO", "Zoho (accounts.zoho.com and the other data centres)"],
              ["SANDBOX", "Built-in Zoho sandbox (no Zoho account needed)"],
            ].map(([value, label]) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input type="radio" name="provider" value={value} checked={provider === value} onChange={() => setProvider(value)} />
                {label}
              </label>
            ))}
            {e.provider && <p className="text-sm text-red-600">{e.provider.join(" ")}</p>}
          </fieldset>
        ) : (
          <input type="hidden" name="provider" value="ZOHO" />
        )}
        <Field id="type" label="Client type" hint="Self Client, JavaScript, Mobile and Non-browser clients are coming." errors={e.type}>
          <select id="type" name="type" defaultValue="SERVER" className={inputClass} aria-describedby={describedBy("type", true)}>
            <option value="SERVER">Server-based application</option>
          </select>
        </Field>
        <Field id="zohoClientId" label="Client ID" errors={e.zohoClientId}>
          <input id="zohoClientId" name="zohoClientId" defaultValue={v.zohoClientId} required autoComplete="off" spellCheck={false} placeholder="1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX" className={`${inputClass} font-mono`} aria-describedby={describedBy("zohoClientId")} />
        </Field>
        <Field id="clientSecret" label="Client Secret" hint="Encrypted at rest (AES-256-GCM). Only its last 4 characters are ever shown again." errors={e.clientSecret}>
          <input id="clientSecret" name="clientSecret" type="password" required autoComplete="off" spellCheck={false} className={`${inputClass} font-mono`} aria-describedby={describedBy("clientSecret", true)} />
        </Field>
        <Field id="redirectUris" label="Redirect URIs" hint={<span className="flex flex-wrap items-center gap-2">One per line, exactly as registered at Zoho. This console receives callbacks at <code className="font-mono">{callbackUrl}</code><CopyButton value={callbackUrl} label="Copy callback URL" /></span>} errors={e.redirectUris}>
          <textarea id="redirectUris" name="redirectUris" rows={3} defaultValue={v.redirectUris ?? callbackUrl} className={`${inputClass} font-mono`} aria-describedby={describedBy("redirectUris", true)} />
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="homeDc" label="Home data centre" hint="Where the client was created in Zoho's API console." errors={e.homeDc}>
            <select id="homeDc" name="homeDc" defaultValue={v.homeDc ?? "us"} className={inputClass} aria-describedby={describedBy("homeDc", true)}>
              {dataCentres.map((dc) => <option key={dc.location} value={dc.location}>{dc.label} ({dc.location})</option>)}
            </select>
          </Field>
          <Field id="environment" label="Environment" hint="Shown wherever the client appears, so tokens never get mixed up." errors={e.environment}>
            <select id="environment" name="environment" defaultValue={v.environment ?? "DEVELOPMENT"} className={inputClass} aria-describedby={describedBy("environment", true)}>
              <option value="DEVELOPMENT">Development</option>
              <option value="SANDBOX">Sandbox</option>
              <option value="PRODUCTION">Production</option>
            </select>
          </Field>
        </div>
      </Card>
      {state.message && <p role="alert" className="text-sm text-red-600 dark:text-red-400">{state.message}</p>}
      <SubmitButton pendingText="Registering…">Register client</SubmitButton>
    </form>
  );
}
