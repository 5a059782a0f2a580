import "server-only";
import { db } from "@/lib/db";
import { userEmails } from "@/lib/data/users/user-emails";

export type ApiKeyStatus = "active" | "expired" | "revoked";

// The workspace's keys for the settings page: never the hash. Newest first.
export async function listApiKeys(workspaceId: string, now = new Date()) {
  const rows = await db.apiKey.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, prefix: true, grantIds: true, expiresAt: true, createdById: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
  const creators = await userEmails([...new Set(rows.map((r) => r.createdById))]);
  return rows.map(({ createdById, ...row }) => ({
    ...row,
    createdBy: creators.get(createdById) ?? null,
    status: (row.revokedAt ? "revoked" : row.expiresAt && row.expiresAt <= now ? "expired" : "active") as ApiKeyStatus,
  }));
}
