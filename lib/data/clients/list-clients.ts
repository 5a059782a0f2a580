import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { nulSafeFilters } from "@/lib/without-nul";
import { CLIENT_TYPES } from "@/lib/zoho/client-types";
import { locationField } from "@/lib/data-centres/location-field";

export const PAGE_SIZE = 25;

// The list's query string: anything unknown or malformed falls back to "no filter"; a NUL matches nothing.
export const clientFilterSchema = nulSafeFilters(z.object({
  q: z.string().trim().max(100).catch(""),
  type: z.enum(CLIENT_TYPES).optional().catch(undefined),
  dc: locationField().optional().catch(undefined),
  env: z.enum(["DEVELOPMENT", "SANDBOX", "PRODUCTION"]).optional().catch(undefined),
  archived: z.enum(["active", "archived", "all"]).catch("active"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
}));
export type ClientFilter = z.infer<typeof clientFilterSchema>;

// Filtering, counting and paging happen in the database, so the page stays fast with 10,000 clients.
export async function listClients(workspaceId: string, filter: ClientFilter) {
  const and: Prisma.OAuthClientWhereInput[] = [];
  if (filter.q) and.push({ OR: [{ name: { contains: filter.q, mode: "insensitive" } }, { zohoClientId: { contains: filter.q, mode: "insensitive" } }] });
  if (filter.dc) and.push({ OR: [{ homeDc: filter.dc }, { enabledDcs: { has: filter.dc } }] });
  if (filter.archived !== "all") and.push({ archivedAt: filter.archived === "active" ? null : { not: null } });
  const where: Prisma.OAuthClientWhereInput = { workspaceId, type: filter.type, environment: filter.env, AND: and };
  const [total, rows] = await Promise.all([
    db.oAuthClient.count({ where }),
    db.oAuthClient.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, name: true, zohoClientId: true, type: true, provider: true, environment: true, homeDc: true, enabledDcs: true,
        secretLast4: true, createdAt: true, archivedAt: true,
      },
    }),
  ]);
  // Grant counts for the 25 rows shown only: a `_count` in the page query made PostgreSQL aggregate
  // every client's grants for each row (28 s per page at 10,000 clients; see docs/benchmarks.md).
  const counts = await db.grant.groupBy({ by: ["clientId"], where: { clientId: { in: rows.map((r) => r.id) } }, _count: { _all: true } });
  const grants = new Map(counts.map((c) => [c.clientId, c._count._all]));
  return { total, rows: rows.map((r) => ({ ...r, grants: grants.get(r.id) ?? 0 })), pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
