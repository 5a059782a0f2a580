import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { userEmails } from "@/lib/members/user-emails";

export type ApiKeyStatus = "active" | "expired" | "revoked";

/** The workspace's keys for the settings page, newest first: never the hash. */
export async function listApiKeys(ctx: Ctx, input: { now?: Date } = {}) {
  allow(ctx, "apikeys:manage");
  const now = input.now ?? new Date();
  const rows = await db.apiKey.findMany({
    where: { workspaceId: ctx.workspace.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      grantIds: true,
      expiresAt: true,
      createdById: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
  const creators = await userEmails([...new Set(rows.map((r) => r.createdById))]);
  return rows.map(({ createdById, ...row }) => ({
    ...row,
    createdBy: creators.get(createdById) ?? null,
    status: (row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active") as ApiKeyStatus,
  }));
}
