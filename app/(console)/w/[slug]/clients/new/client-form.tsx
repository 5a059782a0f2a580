"use client";
import { useActionState, useState } from "react";
import { Card } from "@/components/card";
import { ClientFields } from "@/components/clients/client-fields";
import { describedBy, Field, inputClass } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { CLIENT_TYPE_RULES, CLIENT_TYPES, type ClientTypeName } from "@/lib/zoho/client-types";

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
  const [type, setType] = useState<ClientTypeName>(CLIENT_TYPES.find((t) => t === v.type) ?? "SERVER");
  const rules = CLIENT_TYPE_RULES[type];
  return (
    <form action={formAction} data-action="create-client" className="max-w-2xl space-y-6" noValidate>
      <Card className="space-y-5">
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
        <Field id="type" label="Client type" hint={rules.help} errors={e.type}>
          <select
            id="type"
            name="type"
            value={type}
            onChange={(ev) => setType(ev.target.value as ClientTypeName)}
            className={inputClass}
            aria-describedby={describedBy("type", true)}
          >
            {CLIENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {CLIENT_TYPE_RULES[t].label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="zohoClientId" label="Client ID" errors={e.zohoClientId}>
          <input
            id="zohoClientId"
            name="zohoClientId"
            defaultValue={v.zohoClientId}
            required
            autoComplete="off"
            spellCheck={false}
            placeholder="1000.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
            className={`${inputClass} font-mono`}
            aria-describedby={describedBy("zohoClientId")}
          />
        </Field>
        <Field
          id="clientSecret"
          label={rules.secret === "required" ? "Client Secret" : "Client Secret (optional)"}
          hint="Encrypted at rest (AES-256-GCM). Only its last 4 characters are ever shown again."
          errors={e.clientSecret}
        >
          <input
            id="clientSecret"
            name="clientSecret"
            type="password"
            autoComplete="off"
            spellCheck={false}
            className={`${inputClass} font-mono`}
            aria-describedby={describedBy("clientSecret", true)}
          />
        </Field>
        <ClientFields type={type} values={v} errors={e} callbackUrl={callbackUrl} dataCentres={dataCentres} />
      </Card>
      <FormMessage state={state} />
      <SubmitButton pendingText="Registering…">Register client</SubmitButton>
    </form>
  );
}
