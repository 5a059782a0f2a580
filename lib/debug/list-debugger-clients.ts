import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { CLIENT_SUMMARY } from "@/lib/clients/client-summary-select";

/** The clients' public settings the debugger matches pasted URLs against: no secret, no token. */
export async function listDebuggerClients(ctx: Ctx, _input: Record<string, never> = {}) {
  allow(ctx, "clients:read");
  const rows = await db.oAuthClient.findMany({
    where: { workspaceId: ctx.workspace.id },
    orderBy: { name: "asc" },
    select: {
      ...CLIENT_SUMMARY,
      archivedAt: true,
      redirectUris: { select: { uri: true } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    zohoClientId: c.zohoClientId,
    type: c.type,
    provider: c.provider,
    environment: c.environment,
    homeDc: c.homeDc,
    enabledDcs: c.enabledDcs,
    archived: c.archivedAt !== null,
    redirectUris: c.redirectUris.map((r) => r.uri),
  }));
}
