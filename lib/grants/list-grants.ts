import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

/** The workspace's newest grants (200 unless told) for the console's lists: metadata only, no token or ciphertext. */
export function listGrants(ctx: Ctx, input: { limit?: number } = {}) {
  allow(ctx, "grants:read");
  return db.grant.findMany({
    where: { workspaceId: ctx.workspace.id },
    orderBy: { createdAt: "desc" },
    take: input.limit ?? 200,
    select: {
      id: true,
      location: true,
      accountsServer: true,
      apiDomain: true,
      scopes: true,
      refreshLast4: true,
      zohoUserEmail: true,
      zohoUserId: true,
      status: true,
      createdAt: true,
      createdById: true,
      label: true,
      accessExpiresAt: true,
      orgWide: true,
      client: { select: { id: true, name: true, environment: true } },
    },
  });
}
