"use client";
import { useActionState, useMemo, useState } from "react";
import { FindingsList } from "@/components/authorize/findings-list";
import { ScopePicker } from "@/components/authorize/scope-picker";
import { Card } from "@/components/card";
import { describedBy, Field, inputClass } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { preflight, type PreflightClient } from "@/lib/authorizations/preflight";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { AUTH_PARAM_HELP } from "@/lib/zoho/auth-param-help";
import { buildAuthUrl } from "@/lib/zoho/build-auth-url";
import { CLIENT_TYPE_RULES, type ClientTypeName } from "@/lib/zoho/client-types";
import { lintAuthRequest } from "@/lib/zoho/lint-auth-request";
import { offersOrgConsent } from "@/lib/zoho/org-consent";
import { curlSnippet, nodeSnippet, pythonSnippet } from "@/lib/zoho/snippets";
import { ClientField, LocationField } from "./client-and-location-fields";
import { DeviceFlowForm } from "./device-flow-form";
import { PresetBar, type Preset, type PresetSettings } from "./preset-bar";
import { UrlCard } from "./url-card";

export type BuilderClient = {
  id: string;
  name: string;
  zohoClientId: string;
  type: ClientTypeName;
  environment: string;
  homeDc: string;
  enabledDcs: string[];
  defaultScopes: string[];
  redirectUris: string[];
  accountsServers: Record<string, string>;
  recentAuthorizations: number;
  /** Where a redirect URI lands: this console's callbacks, the client's own path, the sandbox registration. */
  preflight: PreflightClient;
};

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  mint: (prev: FormState, formData: FormData) => Promise<FormState>;
  startDevice: (prev: FormState, formData: FormData) => Promise<FormState>;
  savePreset: (prev: FormState, formData: FormData) => Promise<FormState>;
  clients: BuilderClient[];
  presets: Preset[];
  initial: { clientId: string; settings?: Partial<PresetSettings> };
  dataCentres: { location: string; label: string }[];
  shareBase: string;
  /** The workspace's grant code lifetime (Settings), named in the snippets. */
  codeLifetimeSeconds: number;
};

const PLACEHOLDER = {
  state: "{state: generated when you press Authorize}",
  challenge: "{code_challenge: generated when you press Authorize}",
};
const FORM_ID = "authorize-form";
const defaultScopes = (c: BuilderClient) => (c.defaultScopes.length ? c.defaultScopes : ["AaaServer.profile.READ", "ZohoCRM.modules.ALL"]);
const startDc = (c: BuilderClient) => (c.homeDc === "cn" ? "cn" : "us");

function settingsFor(client: BuilderClient, preset?: Partial<PresetSettings>): PresetSettings {
  return {
    location: preset?.location ?? startDc(client),
    scopes: preset?.scopes ?? defaultScopes(client),
    accessType: preset?.accessType ?? "offline",
    promptConsent: preset?.promptConsent ?? true,
    orgWide: (preset?.orgWide ?? false) && offersOrgConsent(client.type),
    pkce: preset?.pkce ?? CLIENT_TYPE_RULES[client.type].pkce,
    redirectUri:
      preset?.redirectUri && client.redirectUris.includes(preset.redirectUri) ? preset.redirectUri : (client.redirectUris[0] ?? ""),
    customState: preset?.customState ?? "",
  };
}

export function AuthorizeForm({
  action,
  mint,
  startDevice,
  savePreset,
  clients,
  presets,
  initial,
  dataCentres,
  shareBase,
  codeLifetimeSeconds,
}: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  const [clientId, setClientId] = useState(initial.clientId);
  const client = clients.find((c) => c.id === clientId) ?? clients[0];
  const [s, setS] = useState<PresetSettings>(() => settingsFor(client, initial.settings));
  const set = (patch: Partial<PresetSettings>) => setS((prev) => ({ ...prev, ...patch }));
  const rules = CLIENT_TYPE_RULES[client.type];
  const managedState = !s.customState;

  function pickClient(id: string) {
    const next = clients.find((c) => c.id === id) ?? clients[0];
    setClientId(next.id);
    setS(settingsFor(next));
  }

  const accountsServer = client.accountsServers[s.location];
  const request = {
    clientId: client.zohoClientId,
    scopes: s.scopes,
    redirectUri: s.redirectUri,
    accessType: s.accessType,
    promptConsent: s.promptConsent,
    orgWide: s.orgWide,
  };
  const url = accountsServer
    ? buildAuthUrl({
        ...request,
        accountsServer,
        state: s.customState || PLACEHOLDER.state,
        codeChallenge: s.pkce ? PLACEHOLDER.challenge : undefined,
      })
    : "";
  const findings = useMemo(
    () =>
      lintAuthRequest(
        {
          scopeText: s.scopes.join(","),
          accessType: s.accessType,
          prompt: s.promptConsent ? "consent" : null,
          redirectUri: s.redirectUri || null,
          state: "managed",
          codeChallenge: s.pkce ? "managed" : null,
          codeChallengeMethod: s.pkce ? "S256" : null,
          location: s.location,
        },
        {
          client: {
            type: client.type,
            redirectUris: client.redirectUris,
            homeDc: client.homeDc,
            enabledDcs: client.enabledDcs,
            archived: false,
          },
          recentCodes: client.recentAuthorizations,
          managedState: true,
        },
      ),
    [s, client],
  );
  const checks = useMemo(
    () => preflight(client.preflight, { redirectUri: s.redirectUri, managedState }),
    [client.preflight, s.redirectUri, managedState],
  );
  const blocked = findings.some((f) => f.level === "error") || checks.some((f) => f.level === "error");
  // With a custom state the copied URL is the caller's own: no placeholder, and no PKCE challenge the
  // console would have to keep a verifier for.
  const customUrl = accountsServer && !managedState ? buildAuthUrl({ ...request, accountsServer, state: s.customState }) : null;
  const snippetInput = {
    accountsServer: "$ACCOUNTS_SERVER",
    clientId: client.zohoClientId,
    redirectUri: s.redirectUri,
    pkce: s.pkce,
    codeLifetimeSeconds,
  };
  const params = url ? [...new URL(url).searchParams] : [];

  // Non-browser clients have no redirect: the device flow instead.
  if (client.type === "NON_BROWSER")
    return (
      <DeviceFlowForm
        key={client.id}
        action={startDevice}
        clients={clients}
        client={client}
        onPickClient={pickClient}
        dataCentres={dataCentres}
      />
    );

  return (
    <div className="space-y-6">
      <div className="space-y-3">
        <div className="max-w-xl">
          <ClientField clients={clients} client={client} onPickClient={pickClient} errors={e} named={false} />
        </div>
        <PresetBar
          presets={presets.filter((p) => p.clientId === client.id)}
          settings={s}
          clientId={client.id}
          save={savePreset}
          shareBase={shareBase}
        />
      </div>
      <form
        id={FORM_ID}
        action={formAction}
        data-action="start-authorization"
        className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]"
        noValidate
      >
        <Card className="space-y-5">
          <input type="hidden" name="clientId" value={client.id} />
          <LocationField
            client={client}
            dataCentres={dataCentres}
            location={s.location}
            onLocation={(location) => set({ location })}
            errors={e}
            locationLabel="Start at data centre"
            locationHint="Zoho sends users to their own data centre and tells the callback which one. Start at us, except for China."
          />
          <Field
            id="scope-search"
            label="Scopes"
            hint="AaaServer.profile.READ lets the console show which Zoho user granted."
            errors={e.scopes}
          >
            <ScopePicker
              scopes={s.scopes}
              onChange={(scopes) => set({ scopes })}
              describedBy={describedBy("scope-search", true)}
              invalid={!!e.scopes?.length}
            />
            <input type="hidden" name="scopes" value={s.scopes.join(",")} />
          </Field>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">Access type</legend>
            {(["offline", "online"] as const).map((t) => (
              <label key={t} className="flex items-center gap-2 text-sm">
                <input type="radio" name="accessType" value={t} checked={s.accessType === t} onChange={() => set({ accessType: t })} />
                {t === "offline" ? "offline — access token and a refresh token" : "online — access token only (1 hour)"}
              </label>
            ))}
          </fieldset>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">Options</legend>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="promptConsent"
                checked={s.promptConsent}
                onChange={(ev) => set({ promptConsent: ev.target.checked })}
                className="mt-1"
              />
              <span>
                <b>prompt=consent</b> — ask every time; needed for a fresh refresh token.
              </span>
            </label>
            <label className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="pkce"
                checked={s.pkce}
                disabled={rules.pkce}
                onChange={(ev) => set({ pkce: ev.target.checked })}
                className="mt-1"
              />
              <span>
                <b>PKCE (S256)</b>
                {rules.pkce ? ` — required for a ${rules.label}.` : " — optional for this client."}
              </span>
            </label>
            {rules.pkce && <input type="hidden" name="pkce" value="on" />}
            {offersOrgConsent(client.type) ? (
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  name="orgWide"
                  checked={s.orgWide}
                  onChange={(ev) => set({ orgWide: ev.target.checked })}
                  className="mt-1"
                />
                <span>
                  <b>Org-wide admin consent</b> — /oauth/v2/org/auth: an administrator consents once for the whole organization (a CRM org,
                  a Desk portal). The grant is the organization&apos;s: it survives the admin leaving and does not count toward the
                  admin&apos;s 20 refresh tokens.
                </span>
              </label>
            ) : (
              <p className="text-sm text-muted" data-testid="org-consent-unavailable">
                Org-wide admin consent: Zoho offers /oauth/v2/org/auth to Server-based applications only (a code for a registered redirect
                URI, exchanged with the secret).
              </p>
            )}
          </fieldset>
          <Field
            id="redirectUri"
            label="Redirect URI"
            hint="Only the client's registered URIs: Zoho matches them exactly."
            errors={e.redirectUri}
          >
            <select
              id="redirectUri"
              name="redirectUri"
              value={s.redirectUri}
              onChange={(ev) => set({ redirectUri: ev.target.value })}
              className={`${inputClass} font-mono`}
              aria-describedby={describedBy("redirectUri", true)}
            >
              {client.redirectUris.map((uri) => (
                <option key={uri} value={uri}>
                  {uri}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="customState"
            label="State"
            hint="Leave empty and the console manages a single-use state. A custom value is for flows you run elsewhere: copy the URL and use this client's own callback path."
          >
            <input
              id="customState"
              value={s.customState}
              onChange={(ev) => set({ customState: ev.target.value })}
              placeholder="managed by the console"
              className={`${inputClass} font-mono`}
              aria-describedby={describedBy("customState", true)}
            />
          </Field>
        </Card>
        <div className="space-y-4">
          <UrlCard
            environment={client.environment}
            url={url}
            customUrl={customUrl}
            pkceOwn={!managedState && s.pkce}
            preflight={checks}
            mint={mint}
            blocked={blocked}
            snippets={[
              { id: "curl", label: "cURL (exchange)", text: curlSnippet(snippetInput) },
              { id: "node", label: "Node", text: nodeSnippet(snippetInput) },
              { id: "python", label: "Python", text: pythonSnippet(snippetInput) },
            ]}
          />
          <Card>
            <h2 className="text-sm font-semibold">Checks</h2>
            <div className="mt-2">
              <FindingsList findings={findings} empty="Nothing Zoho would refuse." />
            </div>
          </Card>
          <FormMessage state={state} />
          {managedState ? (
            <div className="flex items-center gap-3">
              <SubmitButton pendingText="Redirecting to Zoho…" disabled={blocked}>
                Authorize
              </SubmitButton>
              {blocked && <span className="text-sm text-red-600 dark:text-red-400">Fix the errors above first.</span>}
            </div>
          ) : (
            <p className="text-sm text-muted">
              With a custom state the console cannot match the callback: copy the URL and run the flow from your app.
            </p>
          )}
          <Card>
            <h2 className="text-sm font-semibold">Parameters</h2>
            <dl className="mt-2 space-y-2 text-sm">
              {params.map(([k, v]) => (
                <div key={k}>
                  <dt className="font-mono text-xs">
                    <b>{k}</b> = <span className="break-all">{v}</span>
                  </dt>
                  <dd className="text-muted">{AUTH_PARAM_HELP[k] ?? ""}</dd>
                </div>
              ))}
            </dl>
          </Card>
        </div>
      </form>
    </div>
  );
}
