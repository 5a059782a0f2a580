import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { Badge, EnvironmentBadge } from "@/components/badge";
import { buttonClass } from "@/components/button-class";
import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { actorCan } from "@/lib/auth/context";
import {
  cancelSecretRotationAction,
  confirmSecretRotationAction,
  removeDcSecretAction,
  revealClientSecretAction,
  setClientArchivedAction,
  setDcSecretAction,
  startSecretRotationAction,
  updateClientAction,
} from "@/lib/clients/actions";
import { ensureCallbackKey } from "@/lib/clients/ensure-callback-key";
import { consoleCallbackUrl } from "@/lib/authorizations/console-callbacks";
import { CLIENT_TYPE_RULES } from "@/lib/zoho/client-types";
import { dataCentreOptions } from "@/lib/data-centres/current-data-centres";
import { grantListHref } from "@/lib/grants/grant-list-filter";
import { loadClient } from "./load-client";
import { ArchiveButton, DcSecretsPanel, EditClientForm, SecretPanel } from "./client-panels";

export const metadata: Metadata = { title: "Client" };

// Label and value side by side from `sm`, stacked on a phone; values (ids, URLs) wrap in their column.
const DETAILS = "grid grid-cols-1 gap-x-6 text-sm sm:grid-cols-[auto_minmax(0,1fr)] sm:gap-y-2 [&>dd]:mb-2 sm:[&>dd]:mb-0";

export default async function ClientPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const { ctx, client } = await loadClient(slug, id);
  const { workspace } = ctx;
  const can = (permission: Parameters<typeof actorCan>[1]) => actorCan(ctx.actor, permission);
  const rules = CLIENT_TYPE_RULES[client.type];
  const write = can("clients:write");
  const h = await headers();
  const clientCallbackUrl =
    rules.redirectUris === "required"
      ? consoleCallbackUrl(h, await ensureCallbackKey(ctx, { clientId: client.id, current: client.callbackKey }))
      : null;
  const dataCentres = dataCentreOptions();
  return (
    <>
      <PageHeader
        title={client.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <EnvironmentBadge environment={client.environment} />
            <Badge>{rules.label}</Badge>
            {client.provider === "SANDBOX" && <Badge tone="amber">sandbox accounts</Badge>}
            {client.archivedAt && <Badge tone="red">archived</Badge>}
            <span>
              updated <RelativeTime date={client.updatedAt} />
            </span>
          </span>
        }
        actions={
          <div className="flex flex-wrap gap-2">
            {can("audit:read") && (
              <Link className={buttonClass("secondary")} href={`/w/${workspace.slug}/audit?target=${client.id}`}>
                Audit history
              </Link>
            )}
            {can("authorize") && !client.archivedAt && rules.redirectUris === "required" && (
              <Link className={buttonClass()} href={`/w/${workspace.slug}/authorize?client=${client.id}`}>
                Authorize
              </Link>
            )}
            {can("authorize") && !client.archivedAt && client.type === "SELF" && (
              <Link className={buttonClass()} href={`/w/${workspace.slug}/grants/self-client?client=${client.id}`}>
                New grant
              </Link>
            )}
            {write && (
              <ArchiveButton
                archived={!!client.archivedAt}
                action={setClientArchivedAction.bind(null, workspace.slug, client.id, String(!client.archivedAt))}
              />
            )}
          </div>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 space-y-6">
          <Card>
            <dl className={DETAILS}>
              <dt className="text-muted">Client id</dt>
              <dd className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
                <span className="min-w-0 font-mono break-all">{client.zohoClientId}</span>
                <CopyButton value={client.zohoClientId} label="Copy id" />
              </dd>
              <dt className="text-muted">Data centres</dt>
              <dd>
                {[client.homeDc, ...client.enabledDcs].join(", ")} <span className="text-muted">(home {client.homeDc})</span>
              </dd>
              <dt className="text-muted">Grants</dt>
              <dd>
                <Link
                  className="text-indigo-600 dark:text-indigo-400"
                  href={grantListHref(`/w/${workspace.slug}/grants`, { client: client.id })}
                  data-testid="client-grants-link"
                >
                  {client._count.grants}
                </Link>
              </dd>
              {clientCallbackUrl && (
                <>
                  <dt className="text-muted">Own callback</dt>
                  <dd>
                    <span className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
                      <span className="min-w-0 font-mono break-all" data-testid="client-callback-url">
                        {clientCallbackUrl}
                      </span>
                      <CopyButton value={clientCallbackUrl} label="Copy callback URL" />
                    </span>
                    <span className="mt-1 block text-xs text-muted">
                      For flows your own app starts: register this at Zoho as a redirect URI; the console records, explains and exchanges
                      what arrives, without a state of its own.
                    </span>
                  </dd>
                </>
              )}
              {client.notes && (
                <>
                  <dt className="text-muted">Notes</dt>
                  <dd className="whitespace-pre-wrap break-words">{client.notes}</dd>
                </>
              )}
            </dl>
          </Card>
          {write ? (
            <EditClientForm
              action={updateClientAction.bind(null, workspace.slug, client.id)}
              type={client.type}
              callbackUrl={consoleCallbackUrl(h)}
              dataCentres={dataCentres}
              values={{
                name: client.name,
                environment: client.environment,
                homeDc: client.homeDc,
                enabledDcs: client.enabledDcs.join(","),
                redirectUris: client.redirectUris.map((r) => r.uri).join("\n"),
                defaultScopes: client.defaultScopes.join(","),
                notes: client.notes,
              }}
            />
          ) : (
            <Card>
              <h2 className="text-sm font-semibold">Redirect URIs</h2>
              <ul className="mt-2 space-y-1">
                {client.redirectUris.map((r) => (
                  <li key={r.uri} className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
                    <span className="min-w-0 font-mono break-all">{r.uri}</span>
                    <CopyButton value={r.uri} label="Copy URI" />
                  </li>
                ))}
              </ul>
              <h2 className="mt-4 text-sm font-semibold">Default scopes</h2>
              <p className="mt-1 font-mono text-xs break-all">{client.defaultScopes.join(", ") || "—"}</p>
            </Card>
          )}
        </div>
        <div className="min-w-0 space-y-6">
          <SecretPanel
            last4={client.secretLast4}
            pendingLast4={client.pendingSecretLast4}
            canWrite={write}
            canReveal={can("secrets:reveal")}
            rotate={startSecretRotationAction.bind(null, workspace.slug, client.id)}
            confirm={confirmSecretRotationAction.bind(null, workspace.slug, client.id)}
            cancel={cancelSecretRotationAction.bind(null, workspace.slug, client.id)}
            reveal={revealClientSecretAction.bind(null, workspace.slug, client.id)}
          />
          {rules.multiDc && (client.enabledDcs.length > 0 || client.dcSecrets.length > 0) && (
            <DcSecretsPanel
              secrets={client.dcSecrets}
              locations={client.enabledDcs}
              canWrite={write}
              save={setDcSecretAction.bind(null, workspace.slug, client.id)}
              remove={client.dcSecrets.map((s) => ({
                location: s.location,
                action: removeDcSecretAction.bind(null, workspace.slug, client.id, s.location),
              }))}
            />
          )}
        </div>
      </div>
    </>
  );
}
