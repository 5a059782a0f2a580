import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { GRANT_PAGE_SIZE, type GrantListFilter } from "./grant-list-filter";

/** What the console's grant lists show: metadata only, never a token or a ciphertext. */
export const GRANT_LIST_SELECT = {
  id: true,
  location: true,
  accountsServer: true,
  apiDomain: true,
  scopes: true,
  refreshLast4: true,
  zohoUserEmail: true,
  status: true,
  createdAt: true,
  createdById: true,
  label: true,
  orgWide: true,
  lastUsedAt: true,
  lastUsedVia: true,
  client: { select: { id: true, name: true, environment: true } },
} as const;

const DAY_MS = 86_400_000;

const dayStart = (d: string) => new Date(`${d}T00:00:00Z`);

/** Neither used nor created since `since`. */
const idleSince = (since: Date): Prisma.GrantWhereInput => ({
  OR: [{ lastUsedAt: { lt: since } }, { lastUsedAt: null, createdAt: { lt: since } }],
});

/** The filters as a `where`, always inside the actor's workspace. */
export function grantFilterWhere(ctx: Ctx, f: GrantListFilter, now = Date.now()): Prisma.GrantWhereInput {
  const user = f.user?.includes("@") ? { zohoUserEmail: f.user.toLowerCase() } : f.user ? { zohoUserId: f.user } : {};
  return {
    AND: [
      { workspaceId: ctx.workspace.id },
      {
        clientId: f.client,
        location: f.dc,
        status: f.status,
        createdById: f.creator,
        orgWide: f.kind ? f.kind === "org" : undefined,
        client: f.env ? { environment: f.env } : undefined,
      },
      user,
      f.scope ? { scopes: { has: f.scope } } : {},
      f.from || f.to
        ? {
            createdAt: {
              gte: f.from ? dayStart(f.from) : undefined,
              lt: f.to ? new Date(dayStart(f.to).getTime() + DAY_MS) : undefined,
            },
          }
        : {},
      f.usedFrom ? { lastUsedAt: { gte: dayStart(f.usedFrom) } } : {},
      f.idleSince ? idleSince(dayStart(f.idleSince)) : {},
      f.idle ? idleSince(new Date(now - f.idle * DAY_MS)) : {},
      f.q
        ? {
            OR: [
              { label: { contains: f.q, mode: "insensitive" } },
              { client: { name: { contains: f.q, mode: "insensitive" } } },
              { zohoUserEmail: { contains: f.q.toLowerCase() } },
            ],
          }
        : {},
    ],
  };
}

const ORDER: Record<NonNullable<GrantListFilter["sort"]>, Prisma.GrantOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  used: [{ lastUsedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
  client: [{ client: { name: "asc" } }, { id: "asc" }],
};

/**
 * One page (50) of the workspace's grants that match the filters, after the grant `after` in the chosen
 * order (keyset paging: the next page starts where this one ended, however many rows came before), and
 * how many match in all. Metadata only: no token or ciphertext.
 */
export async function listGrantPage(ctx: Ctx, filter: GrantListFilter) {
  allow(ctx, "grants:read");
  const where = grantFilterWhere(ctx, filter);
  const [rows, total] = await Promise.all([
    db.grant.findMany({
      where,
      orderBy: ORDER[filter.sort ?? "newest"],
      ...(filter.after && { cursor: { id: filter.after }, skip: 1 }),
      take: GRANT_PAGE_SIZE + 1,
      select: GRANT_LIST_SELECT,
    }),
    db.grant.count({ where }),
  ]);
  const more = rows.length > GRANT_PAGE_SIZE;
  const grants = rows.slice(0, GRANT_PAGE_SIZE);
  return { grants, total, next: more ? grants[grants.length - 1].id : null };
}
