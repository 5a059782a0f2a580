import { dataCentres } from "@/lib/data-centres/current-data-centres";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { PageHeader } from "@/components/page-header";
import { memberContext } from "@/lib/auth/member-context";
import { appOrigin } from "@/lib/config/app-origin";
import { env } from "@/lib/config/env";
import { listDebuggerClients } from "@/lib/debug/list-debugger-clients";
import { getCodeLifetime } from "@/lib/workspaces/get-code-lifetime";
import { Debugger } from "./debugger";

export const metadata: Metadata = { title: "Debugger" };

// The debugger: paste an authorization URL, a redirect URL or a token answer; the browser explains it.
// Only the clients' public settings reach the page (no secrets); the pasted text never reaches the server.
export default async function DebugPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await memberContext(slug, "clients:read");
  const { workspace } = ctx;
  const sandboxOrigin = env().sandboxEnabled ? appOrigin({ headers: await headers() }) : null;
  const [clients, codeLifetimeSeconds] = await Promise.all([listDebuggerClients(ctx), getCodeLifetime(workspace.id)]);
  return (
    <>
      <PageHeader
        title="Debugger"
        description="Paste a Zoho authorization URL, the URL Zoho redirected to, or a token endpoint answer: see each parameter, the matching client, and what is wrong with how to fix it."
      />
      <Debugger
        clients={clients}
        sandboxOrigin={sandboxOrigin}
        clientsHref={`/w/${workspace.slug}/clients`}
        codeLifetimeSeconds={codeLifetimeSeconds}
        dataCentres={dataCentres()}
      />
    </>
  );
}
