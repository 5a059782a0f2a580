"use client";
import { useActionState, useState } from "react";
import { EnvironmentBadge } from "@/components/badge";
import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import { describedBy, Field, inputClass } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { buildAuthUrl, parseScopes } from "@/lib/zoho/build-auth-url";

export type BuilderClient = {
  id: string;
  name: string;
  zohoClientId: string;
  environment: string;
  homeDc: string;
  defaultScopes: string[];
  redirectUris: string[];
  accountsServers: Record<string, string>;
};

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  clients: BuilderClient[];
  initialClientId: string;
  dataCentres: { location: string; label: string }[];
};

const scopesFor = (c: BuilderClient) => (c.defaultScopes.length ? c.defaultScopes.join(",") : "AaaServer.profile.READ,ZohoCRM.modules.ALL");
const STATE_PLACEHOLDER = "{state: generated when you press Authorize}";

export function AuthorizeForm({ action, clients, initialClientId, dataCentres }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  const [clientId, setClientId] = useState(initialClientId);
  const client = clients.find((c) => c.id === clientId) ?? clients[0];
  // Browser logins start at the US accounts server, except China (shared/zoho-oauth.md).
  const [location, setLocation] = useState(client.homeDc === "cn" ? "cn" : "us");
  const [scopes, setScopes] = useState(scopesFor(client));
  const [accessType, setAccessType] = useState<"online" | "offline">("offline");
  const [promptConsent, setPromptConsent] = useState(true);
  const [redirectUri, setRedirectUri] = useState(client.redirectUris[0] ?? "");

  function pickClient(id: string) {
    const next = clients.find((c) => c.id === id) ?? clients[0];
    setClientId(next.id);
    setRedirectUri(next.redirectUris[0] ?? "");
    setLocation(next.homeDc === "cn" ? "cn" : "us");
    setScopes(scopesFor(next));
  }

  const accountsServer = client.accountsServers[location];
  const url = accountsServer
    ? buildAuthUrl({ accountsServer, clientId: client.zohoClientId, scopes: parseScopes(scopes), redirectUri, accessType, promptConsent, state: STATE_PLACEHOLDER })
    : "";

  return (
    <form action={formAction} data-action="start-authorization" className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]" noValidate>
      <Card className="space-y-5">
        <Field id="clientId" label="Client" errors={e.clientId}>
          <select id="clientId" name="clientId" value={clientId} onChange={(ev) => pickClient(ev.target.value)} className={inputClass} aria-describedby={describedBy("clientId")}>
            {clients.map((c) => <option key={c.id} value={c.id}>{c.name} ({c.environment.toLowerCase()})</option>)}
          </select>
        </Field>
        <Field id="location" label="Start at data centre" hint="Zoho sends users to their own data centre and tells the callback which one." errors={e.location}>
          <select id="location" name="location" value={location} onChange={(ev) => setLocation(ev.target.value)} className={inputClass} aria-describedby={describedBy("location", true)}>
            {dataCentres.filter((dc) => client.accountsServers[dc.location]).map((dc) => <option key={dc.location} value={dc.location}>{dc.label} ({dc.location})</option>)}
          </select>
        </Field>
        <Field id="scopes" label="Scopes" hint="Comma-separated, Service.scope.OPERATION. AaaServer.profile.READ lets the console show which Zoho user granted." errors={e.scopes}>
          <input id="scopes" name="scopes" value={scopes} onChange={(ev) => setScopes(ev.target.value)} spellCheck={false} className={`${inputClass} font-mono`} aria-describedby={describedBy("scopes", true)} />
        </Field>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Access type</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="accessType" value="offline" checked={accessType === "offline"} onChange={() => setAccessType("offline")} />
            offline — access token and a refresh token
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="accessType" value="online" checked={accessType === "online"} onChange={() => setAccessType("online")} />
            online — access token only (1 hour)
          </label>
        </fieldset>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="promptConsent" checked={promptConsent} onChange={(ev) => setPromptConsent(ev.target.checked)} className="mt-1" />
          <span><span className="font-medium">prompt=consent</span> — ask every time; with offline, a user who already consented gets a fresh refresh token only with this on.</span>
        </label>
        <Field id="redirectUri" label="Redirect URI" hint="Only the client's registered URIs: Zoho matches them exactly." errors={e.redirectUri}>
          <select id="redirectUri" name="redirectUri" value={redirectUri} onChange={(ev) => setRedirectUri(ev.target.value)} className={`${inputClass} font-mono`} aria-describedby={describedBy("redirectUri", true)}>
            {client.redirectUris.map((uri) => <option key={uri} value={uri}>{uri}</option>)}
          </select>
        </Field>
      </Card>
      <div className="space-y-4">
        <Card>
          <div className="mb-2 flex items-center justify-between gap-2">
            <h2 className="text-sm font-semibold">Authorization URL <EnvironmentBadge environment={client.environment} /></h2>
            {url && <CopyButton value={url} label="Copy URL" />}
          </div>
          <output data-testid="auth-url" className="block break-all rounded bg-zinc-100 p-3 font-mono text-xs dark:bg-zinc-950">{url || "This client cannot start at that data centre."}</output>
          {!promptConsent && accessType === "offline" && (
            <p className="mt-3 text-sm text-amber-700 dark:text-amber-400">Without prompt=consent, a user who already consented gets no new refresh token.</p>
          )}
        </Card>
        {state.message && <p role="alert" className="text-sm text-red-600 dark:text-red-400">{state.message}</p>}
        <SubmitButton pendingText="Redirecting to Zoho…">Authorize</SubmitButton>
        <p className="text-xs text-zinc-500">Authorize stores a single-use state (valid 10 minutes) bound to you, this client and this redirect URI, then sends you to the accounts server.</p>
      </div>
    </form>
  );
}
