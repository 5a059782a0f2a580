import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { PERSONAL_GRANT } from "@/lib/grants/personal-grant";
import { userEmails } from "@/lib/members/user-emails";

const DAY_MS = 86_400_000;

// Everything the overview shows, in one round of parallel, workspace-scoped, aggregated queries.
export async function loadOverview(ctx: Ctx, _input: Record<string, never> = {}) {
  allow(ctx, "clients:read");
  const workspaceId = ctx.workspace.id;
  const now = Date.now();
  const [clientsByDc, grantsByStatus, callbacksByOutcome, expiringSoon, nearCap, recentAudit, workspace, orgWideActive] = await Promise.all(
    [
      db.oAuthClient.groupBy({ by: ["homeDc", "environment"], where: { workspaceId, archivedAt: null }, _count: { _all: true } }),
      db.grant.groupBy({ by: ["status"], where: { workspaceId }, _count: { _all: true } }),
      db.callbackEvent.groupBy({
        by: ["outcome"],
        where: { workspaceId, receivedAt: { gt: new Date(now - DAY_MS) } },
        _count: { _all: true },
      }),
      db.grant.findMany({
        where: { workspaceId, status: "ACTIVE", accessExpiresAt: { gt: new Date(now), lt: new Date(now + 10 * 60_000) } },
        orderBy: { accessExpiresAt: "asc" },
        take: 5,
        select: { id: true, label: true, accessExpiresAt: true, zohoUserEmail: true, orgWide: true, client: { select: { name: true } } },
      }),
      // Zoho's cap counts a user's own refresh tokens: org-wide grants are the organization's.
      db.grant.groupBy({
        by: ["clientId", "zohoUserEmail"],
        where: { workspaceId, ...PERSONAL_GRANT, zohoUserId: { not: null } },
        _count: { _all: true },
        orderBy: { _count: { id: "desc" } },
        take: 5,
      }),
      db.auditEvent.findMany({
        where: { workspaceId },
        orderBy: { seq: "desc" },
        take: 6,
        select: { id: true, action: true, actorId: true, createdAt: true },
      }),
      db.workspace.findUniqueOrThrow({
        where: { id: workspaceId },
        select: { warnRefreshTokensPerUser: true, limitRefreshTokensPerUser: true, limitAccessTokensPerWindow: true },
      }),
      db.grant.count({ where: { workspaceId, status: "ACTIVE", orgWide: true } }),
    ],
  );
  // Grants that spent most of Zoho's access-token budget (per refresh token per 10 minutes).
  const budgetUsed = await db.grantRefresh.groupBy({
    by: ["grantId"],
    where: { at: { gt: new Date(now - 10 * 60_000) }, grant: { workspaceId } },
    _count: { _all: true },
    having: { grantId: { _count: { gte: Math.max(1, Math.ceil(workspace.limitAccessTokensPerWindow * 0.7)) } } },
    orderBy: { _count: { grantId: "desc" } },
    take: 5,
  });
  const budgetGrants = await db.grant.findMany({
    where: { workspaceId, id: { in: budgetUsed.map((b) => b.grantId) } },
    select: { id: true, label: true, zohoUserEmail: true, orgWide: true, client: { select: { name: true } } },
  });
  const actors = await userEmails(recentAudit.flatMap((e) => (e.actorId ? [e.actorId] : [])));
  const clientNames = new Map(
    (
      await db.oAuthClient.findMany({
        where: { workspaceId, id: { in: nearCap.map((n) => n.clientId) } },
        select: { id: true, name: true },
      })
    ).map((c) => [c.id, c.name]),
  );
  return {
    clientsByDc: clientsByDc.map((r) => ({ dc: r.homeDc, environment: r.environment, count: r._count._all })),
    grants: Object.fromEntries(grantsByStatus.map((r) => [r.status, r._count._all])) as Partial<
      Record<"ACTIVE" | "REVOKED" | "INVALID", number>
    >,
    orgWideActive,
    callbacksByOutcome: callbacksByOutcome.map((r) => ({ outcome: r.outcome, count: r._count._all })).sort((a, b) => b.count - a.count),
    expiringSoon,
    nearCap: nearCap
      .filter((n) => n._count._all >= workspace.warnRefreshTokensPerUser)
      .map((n) => ({
        client: clientNames.get(n.clientId) ?? "?",
        user: n.zohoUserEmail,
        count: n._count._all,
        limit: workspace.limitRefreshTokensPerUser,
      })),
    nearBudget: budgetUsed.flatMap((b) => {
      const grant = budgetGrants.find((g) => g.id === b.grantId);
      return grant
        ? [
            {
              id: grant.id,
              name: grant.label || grant.client.name,
              user: grant.zohoUserEmail,
              orgWide: grant.orgWide,
              used: b._count._all,
              limit: workspace.limitAccessTokensPerWindow,
            },
          ]
        : [];
    }),
    recentAudit: recentAudit.map((e) => ({ ...e, actor: e.actorId ? (actors.get(e.actorId) ?? "former member") : "system" })),
  };
}
