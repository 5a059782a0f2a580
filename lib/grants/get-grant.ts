import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { SPENT_REFRESH } from "./access-token-result";
import { describeUseSources } from "./describe-use-sources";
import { grantScope } from "./grant-scope";
import { PERSONAL_GRANT } from "./personal-grant";

const WINDOW_MS = 10 * 60 * 1000;

// One grant of the workspace with its budgets: access tokens in the last 10 minutes and how many
// grants (refresh tokens) the same Zoho user holds for the client — Zoho evicts beyond its cap. An
// org-wide grant is not one of the user's, so it has no such budget and is not counted in one.
export async function getGrant(ctx: Ctx, input: { grantId: string }) {
  allow(ctx, "grants:read");
  const grant = await db.grant.findFirst({
    where: { AND: [grantScope(ctx), { id: input.grantId }] },
    select: {
      id: true,
      label: true,
      location: true,
      accountsServer: true,
      apiDomain: true,
      scopes: true,
      refreshLast4: true,
      zohoUserEmail: true,
      zohoUserId: true,
      status: true,
      invalidReason: true,
      orgWide: true,
      createdAt: true,
      createdById: true,
      revokedAt: true,
      accessExpiresAt: true,
      lastRefreshAt: true,
      flow: true,
      soid: true,
      client: { select: { id: true, name: true, environment: true, type: true, provider: true } },
      workspace: {
        select: {
          limitAccessTokensPerWindow: true,
          limitRefreshTokensPerUser: true,
          warnRefreshTokensPerUser: true,
          limitActiveAccessTokens: true,
        },
      },
    },
  });
  if (!grant) return null;
  const [recentRefreshes, siblings, history, uses] = await Promise.all([
    db.grantRefresh.count({ where: { grantId: grant.id, at: { gt: new Date(Date.now() - WINDOW_MS) }, ...SPENT_REFRESH } }),
    grant.zohoUserId && !grant.orgWide
      ? db.grant.count({
          where: { workspaceId: ctx.workspace.id, clientId: grant.client.id, zohoUserId: grant.zohoUserId, ...PERSONAL_GRANT },
        })
      : Promise.resolve(null),
    db.grantRefresh.findMany({
      where: { grantId: grant.id },
      orderBy: { at: "desc" },
      take: 20,
      select: { id: true, at: true, ok: true, error: true, latencyMs: true, trigger: true },
    }),
    db.grantUse.findMany({ where: { grantId: grant.id }, orderBy: { lastUsedAt: "desc" }, select: { source: true, lastUsedAt: true } }),
  ]);
  const sources = await describeUseSources(
    ctx.workspace.id,
    uses.map((u) => u.source),
  );
  return { grant, recentRefreshes, siblings, history, uses: uses.map((u) => ({ ...u, via: sources.get(u.source) ?? u.source })) };
}
