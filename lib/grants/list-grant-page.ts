import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db, type Db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { GRANT_COUNT_CAP, GRANT_PAGE_SIZE, type GrantListFilter } from "./grant-list-filter";

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

export type GrantListItem = Prisma.GrantGetPayload<{ select: typeof GRANT_LIST_SELECT }>;

const DAY_MS = 86_400_000;

/** The idle filters' cutoff: a grant neither used nor created since then has been idle `days` (the inventory's stale count too). */
export const idleCutoff = (days: number, now = Date.now()) => new Date(now - days * DAY_MS);

const dayStart = (d: string) => new Date(`${d}T00:00:00Z`);

/**
 * Neither used nor created since `since`: created before it (a use follows its creation), and used before it or
 * never. Said so, the creation index starts at `since` instead of reading past every grant created since (the
 * stale view newest first on PGlite at 100,000 grants: 38,417 rows read and dropped, 64 → 1.3 ms).
 */
const idleSince = (since: Date): Prisma.GrantWhereInput => ({
  createdAt: { lt: since },
  OR: [{ lastUsedAt: { lt: since } }, { lastUsedAt: null }],
});

// Beyond this many clients matching a search, the search joins the clients table instead of naming them.
const SEARCH_CLIENT_IDS = 1000;

/**
 * The search over label, client name and Zoho user, as conditions on the grant's own columns, each served by
 * an index (trigram indexes on label, zohoUserEmail and the client's name): the matching clients are looked
 * up first and named by id. Through the join, PostgreSQL checked every grant (5.4 s at 100,000 on PGlite).
 */
async function grantSearchWhere(ctx: Ctx, q: string, client: Tx | Db): Promise<Prisma.GrantWhereInput> {
  const clients = await client.oAuthClient.findMany({
    where: { workspaceId: ctx.workspace.id, name: { contains: q, mode: "insensitive" } },
    select: { id: true },
    take: SEARCH_CLIENT_IDS + 1,
  });
  const byClient: Prisma.GrantWhereInput =
    clients.length > SEARCH_CLIENT_IDS
      ? { client: { name: { contains: q, mode: "insensitive" } } }
      : { clientId: { in: clients.map((c) => c.id) } };
  return { OR: [{ label: { contains: q, mode: "insensitive" } }, byClient, { zohoUserEmail: { contains: q.toLowerCase() } }] };
}

/**
 * The filters as a `where`, always inside the actor's workspace. Inside a transaction, pass it: the search
 * reads the clients first, and PGlite's one connection is the transaction's until it ends.
 */
export async function grantFilterWhere(
  ctx: Ctx,
  f: GrantListFilter,
  { now = Date.now(), client = db }: { now?: number; client?: Tx | Db } = {},
): Promise<Prisma.GrantWhereInput> {
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
      f.idle ? idleSince(idleCutoff(f.idle, now)) : {},
      f.q ? await grantSearchWhere(ctx, f.q, client) : {},
    ],
  };
}

type Sort = NonNullable<GrantListFilter["sort"]>;
type Cursor = { id: string; createdAt: Date; lastUsedAt: Date | null; clientName: string };

const ORDER: Record<Sort, Prisma.GrantOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  oldest: [{ createdAt: "asc" }, { id: "asc" }],
  used: [{ lastUsedAt: "desc" }, { id: "desc" }],
  // The client's name as the grant keeps it (the database copies it, migration 20261202100000_grant_client_name).
  client: [{ clientName: "asc" }, { id: "asc" }],
};

// Where the next page starts, written so that the index can serve it: the page's sort column bounded
// by the cursor's value, then the tie broken by id. Prisma's own `cursor` writes `(a = x AND id <= y) OR
// a < x`, which no index range serves: a deep page read every row before it (100 ms at 100,000 grants).
function afterCursor(sort: Exclude<Sort, "used">, c: Cursor): Prisma.GrantWhereInput {
  if (sort === "client") return { clientName: { gte: c.clientName }, OR: [{ clientName: { gt: c.clientName } }, { id: { gt: c.id } }] };
  return sort === "newest"
    ? { createdAt: { lte: c.createdAt }, OR: [{ createdAt: { lt: c.createdAt } }, { id: { lt: c.id } }] }
    : { createdAt: { gte: c.createdAt }, OR: [{ createdAt: { gt: c.createdAt } }, { id: { gt: c.id } }] };
}

const take = GRANT_PAGE_SIZE + 1;

/**
 * The idle filters say "used before X, or never used and created before X": for the used part, that is
 * `lastUsedAt < X`, said again so that the last-use index starts there instead of at the newest use (the
 * stale view: 112 ms → under 2 ms at 100,000 grants on PostgreSQL). The earliest bound of the two filters.
 */
function usedBefore(f: GrantListFilter, now = Date.now()): Date | undefined {
  const bounds = [f.idleSince ? dayStart(f.idleSince).getTime() : Infinity, f.idle ? idleCutoff(f.idle, now).getTime() : Infinity];
  const bound = Math.min(...bounds);
  return Number.isFinite(bound) ? new Date(bound) : undefined;
}

/**
 * "Last used", never-used last, read in two index-ordered parts (used ones by last use, then the never-used
 * by id): PostgreSQL orders `DESC NULLS LAST` only by sorting every match, 390 ms at 100,000 grants.
 */
async function usedPage(where: Prisma.GrantWhereInput, c: Cursor | null, usedBefore: Date | undefined) {
  const used =
    c?.lastUsedAt === null
      ? []
      : await db.grant.findMany({
          where: {
            AND: [
              where,
              c?.lastUsedAt
                ? { lastUsedAt: { lte: c.lastUsedAt }, OR: [{ lastUsedAt: { lt: c.lastUsedAt } }, { id: { lt: c.id } }] }
                : { lastUsedAt: { not: null } },
              usedBefore ? { lastUsedAt: { lt: usedBefore } } : {},
            ],
          },
          orderBy: ORDER.used,
          take,
          select: GRANT_LIST_SELECT,
        });
  if (used.length === take) return used;
  const never = await db.grant.findMany({
    where: { AND: [where, { lastUsedAt: null }, c?.lastUsedAt === null ? { id: { lt: c.id } } : {}] },
    orderBy: { id: "desc" },
    take: take - used.length,
    select: GRANT_LIST_SELECT,
  });
  return [...used, ...never];
}

async function readPage(ctx: Ctx, where: Prisma.GrantWhereInput, f: GrantListFilter) {
  const { sort = "newest", after } = f;
  // An unknown cursor (another workspace's grant, a deleted one) starts from the first page.
  const c = after
    ? await db.grant.findFirst({
        where: { id: after, workspaceId: ctx.workspace.id },
        select: { id: true, createdAt: true, lastUsedAt: true, clientName: true },
      })
    : null;
  if (sort === "used") return usedPage(where, c, usedBefore(f));
  return db.grant.findMany({
    where: c ? { AND: [where, afterCursor(sort, c)] } : where,
    orderBy: ORDER[sort],
    take,
    select: GRANT_LIST_SELECT,
  });
}

/**
 * One page (50) of the workspace's grants that match the filters, after the grant `after` in the chosen
 * order (keyset paging: the next page starts where this one ended, however many rows came before), and
 * how many match in all — exactly up to GRANT_COUNT_CAP (`capped` past it), or always with `count=all`.
 * Metadata only: no token or ciphertext.
 */
export async function listGrantPage(ctx: Ctx, filter: GrantListFilter) {
  allow(ctx, "grants:read");
  const where = await grantFilterWhere(ctx, filter);
  const exact = filter.count === "all";
  const [rows, counted] = await Promise.all([
    readPage(ctx, where, filter),
    // `take` counts over a LIMIT subquery: it stops reading at the cap.
    db.grant.count({ where, ...(!exact && { take: GRANT_COUNT_CAP + 1 }) }),
  ]);
  const more = rows.length > GRANT_PAGE_SIZE;
  const grants = rows.slice(0, GRANT_PAGE_SIZE);
  const capped = !exact && counted > GRANT_COUNT_CAP;
  return { grants, total: capped ? GRANT_COUNT_CAP : counted, capped, next: more ? grants[grants.length - 1].id : null };
}
