import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { PERSONAL_GRANT } from "./personal-grant";
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
    db.grant.count({ where: grantFilterWhere(ctx, { status: "ACTIVE", idle: settings.staleGrantDays }) }),
    db.grant.count({ where: { workspaceId, status: "ACTIVE" } }),
    db.grant.groupBy({
      by: ["zohoUserId", "clientId"],
      where: { workspaceId, ...PERSONAL_GRANT, zohoUserId: { not: null } },
      _count: { _all: true },
      _max: { zohoUserEmail: true },
    }),
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

type UserClientCount = { zohoUserId: string | null; clientId: string; _count: { _all: number }; _max: { zohoUserEmail: string | null } };

/** Zoho users with the most active personal grants first, each with their count per client. */
async function groupByUser(workspaceId: string, rows: UserClientCount[]) {
  const users = new Map<
    string,
    { zohoUserId: string; email: string | null; total: number; clients: { clientId: string; grants: number }[] }
  >();
  for (const r of rows) {
    const id = r.zohoUserId!;
    const user = users.get(id) ?? { zohoUserId: id, email: null, total: 0, clients: [] };
    user.email ??= r._max.zohoUserEmail;
    user.total += r._count._all;
    user.clients.push({ clientId: r.clientId, grants: r._count._all });
    users.set(id, user);
  }
  const top = [...users.values()].sort((a, b) => b.total - a.total || (a.email ?? "").localeCompare(b.email ?? "")).slice(0, TOP_USERS);
  const clientIds = [...new Set(top.flatMap((u) => u.clients.map((c) => c.clientId)))];
  const names = new Map(
    (await db.oAuthClient.findMany({ where: { workspaceId, id: { in: clientIds } }, select: { id: true, name: true } })).map((c) => [
      c.id,
      c.name,
    ]),
  );
  return {
    count: users.size,
    top: top.map((u) => ({
      ...u,
      clients: u.clients.map((c) => ({ ...c, name: names.get(c.clientId) ?? c.clientId })).sort((a, b) => b.grants - a.grants),
    })),
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
