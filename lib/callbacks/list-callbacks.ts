import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { nulSafeFilters } from "@/lib/without-nul";
import { isOutcome } from "./outcomes";

export const callbackFilterSchema = nulSafeFilters(
  z.object({
    client: z.string().max(40).optional().catch(undefined),
    outcome: z.string().max(40).optional().catch(undefined),
    dc: z.string().max(4).optional().catch(undefined),
    since: z.enum(["1h", "24h", "7d", "all"]).catch("all"),
  }),
);
export type CallbackFilter = z.infer<typeof callbackFilterSchema>;

const SINCE_MS = { "1h": 3600e3, "24h": 86400e3, "7d": 7 * 86400e3 } as const;

export type CallbackRow = Awaited<ReturnType<typeof listCallbacks>>[number];

// Newest first; `after` returns only what arrived since a moment (the live view's poll).
export async function listCallbacks(ctx: Ctx, { filter, after }: { filter: CallbackFilter; after?: Date }) {
  allow(ctx, "callbacks:read");
  // An outcome the console does not know matches nothing (as it did when outcomes were free strings).
  const outcome = !filter.outcome ? undefined : isOutcome(filter.outcome) ? filter.outcome : null;
  if (outcome === null) return [];
  const where: Prisma.CallbackEventWhereInput = {
    workspaceId: ctx.workspace.id,
    clientId: filter.client || undefined,
    outcome,
    location: filter.dc || undefined,
    receivedAt: after ? { gt: after } : filter.since !== "all" ? { gt: new Date(Date.now() - SINCE_MS[filter.since]) } : undefined,
  };
  const rows = await db.callbackEvent.findMany({
    where,
    orderBy: { receivedAt: "desc" },
    take: 100,
    select: {
      id: true,
      receivedAt: true,
      outcome: true,
      error: true,
      location: true,
      latencyMs: true,
      diagnosis: true,
      clientId: true,
      grantId: true,
    },
  });
  return withNames(ctx.workspace.id, rows);
}

/** Each callback's client name and, when it made a grant, the Zoho user who consented (looked up inside the workspace). */
async function withNames<R extends { clientId: string | null; grantId: string | null }>(workspaceId: string, rows: R[]) {
  const ids = (key: "clientId" | "grantId") => [...new Set(rows.flatMap((r) => (r[key] ? [r[key]] : [])))];
  const [clients, grants] = await Promise.all([
    rows.some((r) => r.clientId)
      ? db.oAuthClient.findMany({ where: { workspaceId, id: { in: ids("clientId") } }, select: { id: true, name: true } })
      : [],
    rows.some((r) => r.grantId)
      ? db.grant.findMany({ where: { workspaceId, id: { in: ids("grantId") } }, select: { id: true, zohoUserEmail: true } })
      : [],
  ]);
  const clientName = new Map(clients.map((c) => [c.id, c.name]));
  const zohoUser = new Map(grants.map((g) => [g.id, g.zohoUserEmail]));
  return rows.map(({ grantId, ...r }) => ({
    ...r,
    clientName: (r.clientId && clientName.get(r.clientId)) || null,
    zohoUser: (grantId && zohoUser.get(grantId)) || null,
  }));
}
