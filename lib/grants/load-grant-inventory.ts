import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { idleCutoff } from "./list-grant-page";

const TOP_USERS = 50;

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
  const [[counts], topUsers, scopes, keys] = await Promise.all([
    // Both counts from one index-only scan of the active grants (Grant_active_idle_idx).
    db.$queryRaw<{ active: number; stale: number }[]>`
      SELECT count(*)::int AS active,
        (count(*) FILTER (WHERE COALESCE("lastUsedAt", "createdAt") < CAST(${since} AS timestamp(3))))::int AS stale
      FROM "Grant" WHERE "workspaceId" = ${workspaceId} AND "status" = 'ACTIVE'`,
    // The top users by their personal grants (PERSONAL_GRANT, lib/grants/personal-grant.ts: the grants Zoho
    // counts per user), and how many users hold any: one index-only scan of Grant_personal_user_idx.
    db.$queryRaw<TopUser[]>`
      SELECT "zohoUserId", count(*)::int AS total, (count(*) OVER ())::int AS users
      FROM "Grant"
      WHERE "workspaceId" = ${workspaceId} AND "status" = 'ACTIVE' AND NOT "orgWide" AND "zohoUserId" IS NOT NULL
      GROUP BY 1 ORDER BY total DESC, "zohoUserId" LIMIT ${TOP_USERS}`,
    // Grants share few scope lists (a client's grants mostly ask for the same): count each list once, then split it.
    db.$queryRaw<{ scope: string; grants: number }[]>`
      SELECT s AS scope, sum(g.n)::int AS grants
      FROM (SELECT "scopes", count(*) AS n FROM "Grant" WHERE "workspaceId" = ${workspaceId} AND "status" = 'ACTIVE' GROUP BY 1) AS g,
        unnest(g."scopes") AS s
      GROUP BY s ORDER BY grants DESC, scope ASC`,
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
    stale: counts.stale,
    active: counts.active,
    zohoUsers: await perClientOf(workspaceId, topUsers),
    scopes,
    deadReferences: await deadKeyReferences(workspaceId, keys),
  };
}

type TopUser = { zohoUserId: string; total: number; users: number };

/** The top users' personal grants per client, the clients named. */
async function perClientOf(workspaceId: string, users: TopUser[]) {
  if (users.length === 0) return { count: 0, top: [] };
  const rows = await db.$queryRaw<{ zohoUserId: string; clientId: string; grants: number; email: string | null }[]>`
    SELECT "zohoUserId", "clientId", count(*)::int AS grants, max("zohoUserEmail") AS email
    FROM "Grant"
    WHERE "workspaceId" = ${workspaceId} AND "status" = 'ACTIVE' AND NOT "orgWide"
      AND "zohoUserId" IN (${Prisma.join(users.map((u) => u.zohoUserId))})
    GROUP BY 1, 2 ORDER BY grants DESC, "clientId"`;
  const clientIds = [...new Set(rows.map((r) => r.clientId))];
  const names = new Map(
    (await db.oAuthClient.findMany({ where: { workspaceId, id: { in: clientIds } }, select: { id: true, name: true } })).map((c) => [
      c.id,
      c.name,
    ]),
  );
  return {
    count: users[0].users,
    top: users.map((u) => {
      const own = rows.filter((r) => r.zohoUserId === u.zohoUserId);
      return {
        zohoUserId: u.zohoUserId,
        email: own[0]?.email ?? null,
        total: u.total,
        clients: own.map((r) => ({ clientId: r.clientId, grants: r.grants, name: names.get(r.clientId) ?? r.clientId })),
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
