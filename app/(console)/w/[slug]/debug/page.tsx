import { dataCentres } from "@/lib/data-centres/current-data-centres";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { PageHeader } from "@/components/page-header";
import { requireMember } from "@/lib/auth/require-member";
import { appOrigin } from "@/lib/config/app-origin";
import { env } from "@/lib/config/env";
import { getCodeLifetime } from "@/lib/data/workspaces/get-code-lifetime";
import { db } from "@/lib/db";
import { Debugger, type DebugClient } from "./debugger";

export const metadata: Metadata = { title: "Debugger" };

// The debugger: paste an authorization URL, a redirect URL or a token answer; the browser explains it.
// Only the clients' public settings reach the page (no secrets); the pasted text never reaches the server.
export default async function DebugPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace } = await requireMember(slug, "clients:read");
  const sandboxOrigin = env().sandboxEnabled ? appOrigin({ headers: await headers() }) : null;
  const codeLifetimeSeconds = await getCodeLifetime(workspace.id);
  const rows = await db.oAuthClient.findMany({
    where: { workspaceId: workspace.id },
    orderBy: { name: "asc" },
    select: { id: true, name: true, zohoClientId: true, type: true, provider: true, environment: true, homeDc: true, enabledDcs: true, archivedAt: true, redirectUris: { select: { uri: true } } },
  });
  const clients: DebugClient[] = rows.map((c) => ({
    id: c.id, name: c.name, zohoClientId: c.zohoClientId, type: c.type, provider: c.provider, environment: c.environment,
    homeDc: c.homeDc, enabledDcs: c.enabledDcs, archived: c.archivedAt !== null, redirectUris: c.redirectUris.map((r) => r.uri),
  }));
  return (
    <>
      <PageHeader title="Debugger" description="Paste a Zoho authorization URL, the URL Zoho redirected to, or a token endpoint answer: see each parameter, the matching client, and what is wrong with how to fix it." />
      <Debugger clients={clients} sandboxOrigin={sandboxOrigin} clientsHref={`/w/${workspace.slug}/clients`} codeLifetimeSeconds={codeLifetimeSeconds} dataCentres={dataCentres()} />
    </>
  );
}
