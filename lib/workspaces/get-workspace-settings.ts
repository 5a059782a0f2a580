import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

/** What the Settings page edits: Zoho's limits as this workspace trusts them, and the audit retention. */
export async function getWorkspaceSettings(ctx: Ctx, _input: Record<string, never> = {}) {
  allow(ctx, "workspace:manage");
  const { auditRetentionDays, ...limits } = await db.workspace.findUniqueOrThrow({
    where: { id: ctx.workspace.id },
    select: {
      limitCodesPerWindow: true,
      limitAccessTokensPerWindow: true,
      limitRefreshTokensPerUser: true,
      warnRefreshTokensPerUser: true,
      limitActiveAccessTokens: true,
      limitCodeLifetimeSeconds: true,
      auditRetentionDays: true,
    },
  });
  return { limits, auditRetentionDays };
}
