"use client";
import { useActionState, useMemo, useState } from "react";
import { EnvironmentBadge } from "@/components/badge";
import { FindingsList } from "@/components/authorize/findings-list";
import { ScopePicker } from "@/components/authorize/scope-picker";
import { Card } from "@/components/card";
import { describedBy, Field } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { lintAuthRequest } from "@/lib/zoho/lint-auth-request";
import type { BuilderClient } from "./authorize-form";
import { ClientAndLocationFields } from "./client-and-location-fields";

type Props = {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  clients: BuilderClient[];
  client: BuilderClient;
  onPickClient: (id: string) => void;
  dataCentres: { location: string; label: string }[];
};

const defaultScopes = (c: BuilderClient) => (c.defaultScopes.length ? c.defaultScopes : ["AaaServer.profile.READ", "ZohoCRM.modules.ALL"]);

// The builder for a Non-browser client: the device flow instead of a redirect (Zoho's "Non-browser
// applications"). No redirect URI, no state, no PKCE: the console asks the client's accounts server
// for a code, shows it, and polls for the tokens itself, so the client secret stays on the server.
export function DeviceFlowForm({ action, clients, client, onPickClient, dataCentres }: Props) {
  const [state, formAction] = useActionState(action, initialFormState);
  const e = state.fieldErrors ?? {};
  // Zoho: the initiation request goes to the accounts server of the data centre where the app is registered.
  const [location, setLocation] = useState(
    client.accountsServers[client.homeDc] ? client.homeDc : (Object.keys(client.accountsServers)[0] ?? "us"),
  );
  const [scopes, setScopes] = useState(defaultScopes(client));
  const [accessType, setAccessType] = useState<"offline" | "online">("offline");
  const [promptConsent, setPromptConsent] = useState(true);
  const findings = useMemo(
    () =>
      lintAuthRequest(
        {
          scopeText: scopes.join(","),
          accessType,
          prompt: promptConsent ? "consent" : null,
          redirectUri: null,
          state: "managed",
          codeChallenge: null,
          codeChallengeMethod: null,
          location,
        },
        { managedState: true },
      ),
    [scopes, accessType, promptConsent, location],
  );
  const blocked = findings.some((f) => f.level === "error");
  const server = client.accountsServers[location];

  return (
    <form
      action={formAction}
      data-action="start-device-authorization"
      className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]"
      noValidate
    >
      <Card className="space-y-5">
        <ClientAndLocationFields
          clients={clients}
          client={client}
          onPickClient={onPickClient}
          dataCentres={dataCentres}
          location={location}
          onLocation={setLocation}
          errors={e}
          locationLabel="Data centre"
          locationHint="Where the client is registered: Zoho answers other_dc if the person who consents lives elsewhere, and the console follows."
        />
        <Field
          id="scope-search"
          label="Scopes"
          hint="AaaServer.profile.READ lets the console show which Zoho user granted."
          errors={e.scopes}
        >
          <ScopePicker scopes={scopes} onChange={setScopes} describedBy={describedBy("scope-search", true)} invalid={!!e.scopes?.length} />
          <input type="hidden" name="scopes" value={scopes.join(",")} />
        </Field>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Access type</legend>
          {(["offline", "online"] as const).map((t) => (
            <label key={t} className="flex items-center gap-2 text-sm">
              <input type="radio" name="accessType" value={t} checked={accessType === t} onChange={() => setAccessType(t)} />
              {t === "offline" ? "offline — access token and a refresh token" : "online — access token only (1 hour)"}
            </label>
          ))}
        </fieldset>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="promptConsent"
            checked={promptConsent}
            onChange={(ev) => setPromptConsent(ev.target.checked)}
            className="mt-1"
          />
          <span>
            <b>prompt=consent</b> — ask every time; needed for a fresh refresh token.
          </span>
        </label>
      </Card>
      <div className="space-y-4">
        <Card className="space-y-2 text-sm">
          <h2 className="flex items-center gap-2 font-semibold">
            Device flow <EnvironmentBadge environment={client.environment} />
          </h2>
          <p className="text-muted">
            A Non-browser application has no redirect URI and uses no PKCE. The console asks
            <code className="mx-1 break-all font-mono text-xs" data-testid="device-code-endpoint">
              {server ? `${server}/oauth/v3/device/code` : "—"}
            </code>
            for a user code, shows it with the verification page, and polls{" "}
            <code className="font-mono text-xs">/oauth/v3/device/token</code> at the interval Zoho asks, with the client secret, from the
            server.
          </p>
        </Card>
        <Card>
          <h2 className="text-sm font-semibold">Checks</h2>
          <div className="mt-2">
            <FindingsList findings={findings} empty="Nothing Zoho would refuse." />
          </div>
        </Card>
        <FormMessage state={state} />
        <div className="flex items-center gap-3">
          <SubmitButton pendingText="Asking Zoho for a code…" disabled={blocked || !server}>
            Start device authorization
          </SubmitButton>
          {blocked && <span className="text-sm text-red-600 dark:text-red-400">Fix the errors above first.</span>}
        </div>
      </div>
    </form>
  );
}
