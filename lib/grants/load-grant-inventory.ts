import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { grantFilterWhere } from "./list-grant-page";

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
  const [stale, active, perUserClient, scopes, keys] = await Promise.all([
    db.grant.count({ where: await grantFilterWhere(ctx, { status: "ACTIVE", idle: settings.staleGrantDays }) }),
    db.grant.count({ where: { workspaceId, status: "ACTIVE" } }),
    // The top users in SQL: a workspace of 100,000 grants has tens of thousands of (user, client) pairs.
    db.$queryRaw<UserClientCount[]>`
      WITH per AS (
        SELECT "zohoUserId" AS "zohoUserId", "clientId", count(*)::int AS grants, max("zohoUserEmail") AS email
        FROM "Grant"
        -- PERSONAL_GRANT (lib/grants/personal-grant.ts): active and not org-wide, the grants Zoho counts per user.
        WHERE "workspaceId" = ${workspaceId} AND "status" = 'ACTIVE' AND NOT "orgWide" AND "zohoUserId" IS NOT NULL
        GROUP BY 1, 2),
      top AS (SELECT "zohoUserId", sum(grants)::int AS total FROM per GROUP BY 1 ORDER BY total DESC, "zohoUserId" LIMIT ${TOP_USERS})
      SELECT per.*, top.total, (SELECT count(DISTINCT "zohoUserId") FROM per)::int AS users
      FROM per JOIN top USING ("zohoUserId")
      ORDER BY top.total DESC, per."zohoUserId", per.grants DESC`,
    db.$queryRaw<{ scope: string; grants: number }[]>`
      SELECT s AS scope, count(*)::int AS grants FROM "Grant", unnest("scopes") AS s
      WHERE "workspaceId" = ${workspaceId} AND "status" = 'ACTIVE'
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
    stale,
    active,
    zohoUsers: await groupByUser(workspaceId, perUserClient),
    scopes,
    deadReferences: await deadKeyReferences(workspaceId, keys),
  };
}

type UserClientCount = { zohoUserId: string; clientId: string; grants: number; email: string | null; total: number; users: number };

/** The top Zoho users (most active personal grants first), each with their count per client, the clients named. */
async function groupByUser(workspaceId: string, rows: UserClientCount[]) {
  const top = new Map<
    string,
    { zohoUserId: string; email: string | null; total: number; clients: { clientId: string; grants: number }[] }
  >();
  for (const r of rows) {
    const user = top.get(r.zohoUserId) ?? { zohoUserId: r.zohoUserId, email: r.email, total: r.total, clients: [] };
    user.clients.push({ clientId: r.clientId, grants: r.grants });
    top.set(r.zohoUserId, user);
  }
  const clientIds = [...new Set(rows.map((r) => r.clientId))];
  const names = new Map(
    (await db.oAuthClient.findMany({ where: { workspaceId, id: { in: clientIds } }, select: { id: true, name: true } })).map((c) => [
      c.id,
      c.name,
    ]),
  );
  return {
    count: rows[0]?.users ?? 0,
    top: [...top.values()].map((u) => ({ ...u, clients: u.clients.map((c) => ({ ...c, name: names.get(c.clientId) ?? c.clientId })) })),
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
