import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/button-class";
import { startAuthorization } from "@/lib/actions/start-authorization";
import { requireMember } from "@/lib/auth/require-member";
import { appOrigin } from "@/lib/config/app-origin";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import { DATA_CENTRES } from "@/lib/zoho/data-centres";
import { startingAccountsServer } from "@/lib/zoho/match-accounts-server";
import { AuthorizeForm, type BuilderClient } from "./authorize-form";

export const metadata: Metadata = { title: "Authorize" };

export default async function AuthorizePage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: Promise<{ client?: string }> }) {
  const { slug } = await params;
  const { client: selected } = await searchParams;
  const { workspace } = await requireMember(slug, "authorize");
  const sandboxOrigin = env().sandboxEnabled ? appOrigin({ headers: await headers() }) : null;
  const rows = await db.oAuthClient.findMany({
    // Clients that receive a redirect; Self Client and Non-browser flows have none.
    where: { workspaceId: workspace.id, archivedAt: null, type: { in: ["SERVER", "CLIENT", "MOBILE"] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, zohoClientId: true, provider: true, environment: true, homeDc: true, defaultScopes: true, redirectUris: { select: { uri: true } } },
  });
  const clients: BuilderClient[] = rows.map((c) => ({
    id: c.id, name: c.name, zohoClientId: c.zohoClientId, environment: c.environment, homeDc: c.homeDc, defaultScopes: c.defaultScopes,
    redirectUris: c.redirectUris.map((r) => r.uri),
    accountsServers: Object.fromEntries(
      DATA_CENTRES.flatMap((dc) => {
        const server = startingAccountsServer(c.provider, dc.location, sandboxOrigin);
        return server ? [[dc.location, server.url]] : [];
      }),
    ),
  }));
  return (
    <>
      <PageHeader title="Authorize" description="Build the authorization URL for a client and run the flow. The URL updates as you type." />
      {clients.length === 0 ? (
        <EmptyState title="No client to authorize" action={<Link href={`/w/${workspace.slug}/clients/new`} className={buttonClass()}>Register a client</Link>}>
          Register a Zoho client first; then come back here to build its authorization URL.
        </EmptyState>
      ) : (
        <AuthorizeForm
          action={startAuthorization.bind(null, workspace.slug)}
          clients={clients}
          initialClientId={clients.some((c) => c.id === selected) ? selected! : clients[0].id}
          dataCentres={DATA_CENTRES.map(({ location, label }) => ({ location, label }))}
        />
      )}
    </>
  );
}
