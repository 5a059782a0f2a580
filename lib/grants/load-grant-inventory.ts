import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { countGrantScopeLists } from "./count-grant-scopes";
import { idleCutoff } from "./list-grant-page";
import { rankZohoUsers } from "./rank-zoho-users";

const TOP_USERS = 50;
const TOP_CLIENTS = 5;

/**
 * The admin's questions about the workspace's grants, each answered by one query: how many active grants
 * are stale, who holds how many refresh tokens per client (against Zoho's cap), which scopes are held
 * how often, and which API keys still name grants that no longer work.
 */
export async function loadGrantInventory(ctx: Ctx) {
  allow(ctx, "grants:read");
  const workspaceId = ctx.workspace.id;
  const settings = await db.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { staleGrantDays: true, limitRefreshTokensPerUser: true, warnRefreshTokensPerUser: true },
  });
  // Stale as the Grants page's idle filter has it (list-grant-page.ts): neither used nor created since then.
  const since = idleCutoff(settings.staleGrantDays).toISOString();
  const [[{ stale }], topUsers, scopeLists, keys] = await Promise.all([
    // A range of the partial index of active grants by when they went idle (Grant_active_idle_idx): the stale ones only.
    db.$queryRaw<{ stale: number }[]>`
      SELECT count(*)::int AS stale FROM "Grant"
      WHERE "workspaceId" = ${workspaceId} AND "status" = 'ACTIVE' AND COALESCE("lastUsedAt", "createdAt") < CAST(${since} AS timestamp(3))`,
    // The top users by their personal grants, and how many users hold any: from the kept per-user counts.
    rankZohoUsers(db, workspaceId, TOP_USERS),
    // Each scope list and how many active grants hold it, kept by the database as grants change; split into
    // scopes by countScopes. The lists' counts add up to the active grants.
    countGrantScopeLists(db, workspaceId),
    db.apiKey.findMany({
      where: {
        workspaceId,
        revokedAt: null,
        OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }],
        NOT: { grantIds: { isEmpty: true } },
      },
      select: { id: true, name: true, grantIds: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    settings,
    stale,
    active: scopeLists.reduce((sum, l) => sum + l.grants, 0),
    zohoUsers: await perClientOf(workspaceId, topUsers),
    scopes: countScopes(scopeLists),
    deadReferences: await deadKeyReferences(workspaceId, keys),
  };
}

/** Each scope and how many active grants hold it, most first; from each scope list's count. */
function countScopes(lists: { scopes: string[]; grants: number }[]) {
  const counts = new Map<string, number>();
  for (const l of lists) for (const scope of l.scopes) counts.set(scope, (counts.get(scope) ?? 0) + l.grants);
  return [...counts]
    .map(([scope, grants]) => ({ scope, grants }))
    .sort((a, b) => b.grants - a.grants || (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : 0));
}

type TopUser = Awaited<ReturnType<typeof rankZohoUsers>>[number];

/**
 * The top users' personal grants in their TOP_CLIENTS clients with the most (the ones nearest Zoho's cap),
 * the clients named, and in how many clients each user holds any: a user's clients with one or two grants
 * each are a link to the list, not a wall of bars (50 users held 1,336 user-client pairs at 100,000 grants).
 * The pairs are counted from the index of personal grants alone; only each user's first pair reads its grants'
 * rows, for the email. At 100,000 grants on PostgreSQL, reading all 1,338 rows of the pairs took 44 ms from a cold
 * cache; counting them from the index, 2.8 ms.
 */
async function perClientOf(workspaceId: string, users: TopUser[]) {
  if (users.length === 0) return { count: 0, top: [] };
  const rows = await db.$queryRaw<
    { zohoUserId: string; clientId: string; name: string; grants: number; email: string | null; clients: number }[]
  >`
    SELECT "zohoUserId", "clientId", (SELECT c."name" FROM "OAuthClient" c WHERE c."id" = pairs."clientId") AS name, grants,
      CASE WHEN rank = 1 THEN (
        SELECT max(g."zohoUserEmail") FROM "Grant" g
        WHERE g."workspaceId" = ${workspaceId} AND g."zohoUserId" = pairs."zohoUserId" AND g."clientId" = pairs."clientId"
          AND g."status" = 'ACTIVE' AND NOT g."orgWide") END AS email,
      clients FROM (
      SELECT "zohoUserId", "clientId", count(*)::int AS grants,
        (count(*) OVER (PARTITION BY "zohoUserId"))::int AS clients,
        row_number() OVER (PARTITION BY "zohoUserId" ORDER BY count(*) DESC, "clientId") AS rank
      FROM "Grant"
      WHERE "workspaceId" = ${workspaceId} AND "status" = 'ACTIVE' AND NOT "orgWide"
        AND "zohoUserId" IN (${Prisma.join(users.map((u) => u.zohoUserId))})
      GROUP BY 1, 2) AS pairs
    WHERE rank <= ${TOP_CLIENTS} ORDER BY grants DESC, "clientId"`;
  return {
    count: users[0].users,
    top: users.map((u) => {
      const own = rows.filter((r) => r.zohoUserId === u.zohoUserId);
      return {
        zohoUserId: u.zohoUserId,
        email: own[0]?.email ?? null,
        total: u.total,
        clientCount: own[0]?.clients ?? 0,
        clients: own.map((r) => ({ clientId: r.clientId, grants: r.grants, name: r.name })),
      };
    }),
  };
}

/** Grants named by a live API key that are revoked or invalid (or gone): the key's calls for them fail. */
async function deadKeyReferences(workspaceId: string, keys: { id: string; name: string; grantIds: string[] }[]) {
  const ids = [...new Set(keys.flatMap((k) => k.grantIds))];
  if (ids.length === 0) return [];
  const grants = await db.grant.findMany({
    where: { workspaceId, id: { in: ids } },
    select: { id: true, label: true, status: true, client: { select: { name: true } } },
  });
  const byId = new Map(grants.map((g) => [g.id, g]));
  return keys.flatMap((k) =>
    k.grantIds.flatMap((grantId) => {
      const g = byId.get(grantId);
      if (g?.status === "ACTIVE") return [];
      return [{ keyId: k.id, keyName: k.name, grantId, grant: g ? { label: g.label || g.client.name, status: g.status } : null }];
    }),
  );
}
