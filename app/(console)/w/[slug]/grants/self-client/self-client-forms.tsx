"use client";
import { useActionState } from "react";
import { Card } from "@/components/card";
import { describedBy, Field, inputClass } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;
type Props = {
  clients: { id: string; name: string; homeDc: string }[];
  /** The client picked when the page opens (from a Self Client's own page). */
  selected?: string;
  dataCentres: { location: string; label: string }[];
  exchange: Action;
  org: Action;
};

function ClientAndDc({
  id,
  clients,
  dataCentres,
  errors,
  values,
  selected,
}: {
  id: string;
  clients: Props["clients"];
  selected?: string;
  dataCentres: Props["dataCentres"];
  errors: FormState["fieldErrors"];
  values?: Record<string, string>;
}) {
  return (
    <>
      <Field id={`${id}-client`} label="Self Client" errors={errors?.clientId}>
        <select
          id={`${id}-client`}
          name="clientId"
          defaultValue={values?.clientId ?? selected}
          className={inputClass}
          aria-describedby={describedBy(`${id}-client`)}
        >
          {clients.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${id}-dc`} label="Data centre of the API console used" errors={errors?.location}>
        <select
          id={`${id}-dc`}
          name="location"
          defaultValue={values?.location ?? (clients.find((c) => c.id === selected) ?? clients[0])?.homeDc}
          className={inputClass}
          aria-describedby={describedBy(`${id}-dc`)}
        >
          {dataCentres.map((d) => (
            <option key={d.location} value={d.location}>
              {d.label} ({d.location})
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}

// A Self Client's two ways to a grant: the code from Zoho's console, or client_credentials (with
// soid for the Zoho apps that have several organizations).
export function SelfClientForms({ clients, selected, dataCentres, exchange, org }: Props) {
  const [codeState, codeAction] = useActionState(exchange, initialFormState);
  const [orgState, orgAction] = useActionState(org, initialFormState);
  return (
    <Card>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <form action={codeAction} data-action="exchange-self-code" className="space-y-3" noValidate>
          <h2 className="text-sm font-semibold">Exchange a code</h2>
          <p className="text-sm text-muted">
            Paste the code generated in Zoho&apos;s API console (Self Client → Generate code). It lives 3–10 minutes and is exchanged at
            once.
          </p>
          <ClientAndDc
            id="code"
            clients={clients}
            selected={selected}
            dataCentres={dataCentres}
            errors={codeState.fieldErrors}
            values={codeState.values}
          />
          <Field id="self-code" label="Grant code" errors={codeState.fieldErrors?.code}>
            <input
              id="self-code"
              name="code"
              autoComplete="off"
              spellCheck={false}
              className={`${inputClass} font-mono`}
              aria-describedby={describedBy("self-code")}
            />
          </Field>
          <FormMessage state={codeState} className="break-words" />
          <SubmitButton pendingText="Exchanging…">Exchange code</SubmitButton>
        </form>
        <form action={orgAction} data-action="create-org-grant" className="space-y-3" noValidate>
          <h2 className="text-sm font-semibold">An organization&apos;s token</h2>
          <p className="text-sm text-muted">
            Or get one with <code>client_credentials</code>: no user, no refresh token; the console renews it the same way.
          </p>
          <ClientAndDc
            id="org"
            clients={clients}
            selected={selected}
            dataCentres={dataCentres}
            errors={orgState.fieldErrors}
            values={orgState.values}
          />
          <Field id="org-scopes" label="Scopes" errors={orgState.fieldErrors?.scopes}>
            <input
              id="org-scopes"
              name="scopes"
              defaultValue={orgState.values?.scopes}
              placeholder="ZohoCRM.modules.ALL"
              className={`${inputClass} font-mono`}
              aria-describedby={describedBy("org-scopes")}
            />
          </Field>
          <Field
            id="org-soid"
            label="soid (Service.orgId), if the app needs it"
            hint="Only apps with several organizations or portals need it (e.g. CRM, Desk); Zoho answers missing_org_info when it is missing."
            errors={orgState.fieldErrors?.soid}
          >
            <input
              id="org-soid"
              name="soid"
              defaultValue={orgState.values?.soid}
              placeholder="ZohoCRM.10234695"
              className={`${inputClass} font-mono`}
              aria-describedby={describedBy("org-soid", true)}
            />
          </Field>
          <FormMessage state={orgState} className="break-words" />
          <SubmitButton pendingText="Requesting…">Get organization token</SubmitButton>
        </form>
      </div>
    </Card>
  );
}
