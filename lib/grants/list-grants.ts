import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { GRANT_LIST_SELECT } from "./list-grant-page";

/** The workspace's newest grants (200 unless told), for the API keys page's grant picker. */
export function listGrants(ctx: Ctx, input: { limit?: number } = {}) {
  allow(ctx, "grants:read");
  return db.grant.findMany({
    where: { workspaceId: ctx.workspace.id },
    orderBy: { createdAt: "desc" },
    take: input.limit ?? 200,
    select: GRANT_LIST_SELECT,
  });
}
