import "server-only";
import { db } from "@/lib/db";
import { DEFAULT_CODE_LIFETIME_SECONDS } from "@/lib/zoho/code-lifetime";

/** The workspace's grant code lifetime (Settings → Zoho's limits), for the hints that name it. */
export async function getCodeLifetime(workspaceId: string): Promise<number> {
  const row = await db.workspace.findUnique({ where: { id: workspaceId }, select: { limitCodeLifetimeSeconds: true } });
  return row?.limitCodeLifetimeSeconds ?? DEFAULT_CODE_LIFETIME_SECONDS;
}
