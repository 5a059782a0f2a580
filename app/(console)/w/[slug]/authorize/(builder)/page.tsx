import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { buttonClass } from "@/components/button-class";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { memberContext } from "@/lib/auth/member-context";
import {
  mintAuthorizationUrlAction,
  savePresetAction,
  startAuthorizationAction,
  startDeviceAuthorizationAction,
} from "@/lib/authorizations/actions";
import { checkSandboxRegistrations } from "@/lib/authorizations/check-sandbox-registrations";
import { consoleCallbackUrls } from "@/lib/authorizations/console-callbacks";
import { listAuthorizableClients } from "@/lib/authorizations/list-authorizable-clients";
import { listPresets } from "@/lib/authorizations/list-presets";
import { presetSettingsSchema } from "@/lib/authorizations/schemas";
import { appOrigin, ownOrigins } from "@/lib/config/app-origin";
import { env } from "@/lib/config/env";
import { countRecentAuthorizations } from "@/lib/clients/count-recent-authorizations";
import { getCodeLifetime } from "@/lib/workspaces/get-code-lifetime";
import { dataCentreOptions, enabledDataCentres } from "@/lib/data-centres/current-data-centres";
import { startingAccountsServer } from "@/lib/zoho/match-accounts-server";
import { MAX_SCOPES, parseScopes } from "@/lib/zoho/scope-grammar";
import { AuthorizeForm, type BuilderClient } from "../authorize-form";

export const metadata: Metadata = { title: "Authorize" };

export default async function AuthorizePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ client?: string; preset?: string; scopes?: string; location?: string }>;
}) {
  const { slug } = await params;
  const { client: selected, preset: presetId, scopes: askedScopes, location: askedLocation } = await searchParams;
  const ctx = await memberContext(slug, "authorize");
  const { workspace } = ctx;
  const sandboxOrigin = env().sandboxEnabled ? appOrigin({ headers: await headers() }) : null;
  const [rows, recent, presets, codeLifetimeSeconds] = await Promise.all([
    listAuthorizableClients(ctx),
    countRecentAuthorizations(ctx),
    listPresets(ctx),
    getCodeLifetime(workspace.id),
  ]);
  // Where a code lands is judged against configuration (APP_URL, else the loopback names of our port),
  // never against this request's Host; the sandbox's registration is read here, answered as yes/no.
  const origins = ownOrigins();
  const consoleCallbacks = consoleCallbackUrls(origins);
  const sandbox = await checkSandboxRegistrations(ctx, {
    clients: rows
      .filter((c) => c.provider === "SANDBOX")
      .map((c) => ({ zohoClientId: c.zohoClientId, redirectUris: c.redirectUris.map((r) => r.uri) })),
  });
  const clients: BuilderClient[] = rows.map((c) => ({
    id: c.id,
    name: c.name,
    zohoClientId: c.zohoClientId,
    type: c.type,
    environment: c.environment,
    homeDc: c.homeDc,
    enabledDcs: c.enabledDcs,
    defaultScopes: c.defaultScopes,
    redirectUris: c.redirectUris.map((r) => r.uri),
    recentAuthorizations: recent.get(c.id) ?? 0,
    preflight: {
      consoleCallbacks,
      clientCallbacks: c.callbackKey ? consoleCallbackUrls(origins, c.callbackKey) : [],
      ...(c.provider === "SANDBOX" && { sandbox: sandbox.get(c.zohoClientId) ?? null }),
    },
    accountsServers: Object.fromEntries(
      enabledDataCentres().flatMap((dc) => {
        const server = startingAccountsServer(c.provider, dc.location, sandboxOrigin);
        return server ? [[dc.location, server.url]] : [];
      }),
    ),
  }));
  const preset = presets.find((p) => p.id === presetId && clients.some((c) => c.id === p.clientId));
  const presetSettings = preset ? presetSettingsSchema.safeParse(preset.settings) : null;
  const initialClientId = preset?.clientId ?? (clients.some((c) => c.id === selected) ? selected! : clients[0]?.id);
  // ?scopes=…&location=… (the request runner's "Authorize again with this scope"): the grant's scopes and the missing one.
  const asked = {
    ...(typeof askedScopes === "string" && { scopes: parseScopes(askedScopes).slice(0, MAX_SCOPES) }),
    ...(typeof askedLocation === "string" &&
      enabledDataCentres().some((dc) => dc.location === askedLocation) && { location: askedLocation }),
  };
  return (
    <>
      <PageHeader
        title="Authorize"
        description="Build the authorization URL for a client and run the flow. The URL and its checks update as you type."
      />
      {clients.length === 0 ? (
        <EmptyState
          title="No client to authorize"
          action={
            <Link href={`/w/${workspace.slug}/clients/new`} className={buttonClass()}>
              Register a client
            </Link>
          }
        >
          Register a Zoho client that receives redirects (Server-based, JavaScript or Mobile) or a Non-browser one (the device flow); then
          come back here to authorize it.
        </EmptyState>
      ) : (
        <AuthorizeForm
          action={startAuthorizationAction.bind(null, workspace.slug)}
          mint={mintAuthorizationUrlAction.bind(null, workspace.slug)}
          startDevice={startDeviceAuthorizationAction.bind(null, workspace.slug)}
          savePreset={savePresetAction.bind(null, workspace.slug)}
          clients={clients}
          presets={presets.map(({ id, clientId, name }) => ({ id, clientId, name }))}
          initial={{ clientId: initialClientId, settings: presetSettings?.success ? presetSettings.data : asked }}
          dataCentres={dataCentreOptions()}
          shareBase={`/w/${workspace.slug}/authorize`}
          codeLifetimeSeconds={codeLifetimeSeconds}
        />
      )}
    </>
  );
}
