import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

/** The workspace's members, oldest first. */
export function listMembers(ctx: Ctx, _input: Record<string, never> = {}) {
  allow(ctx, "members:read");
  return db.membership.findMany({
    where: { workspaceId: ctx.workspace.id },
    orderBy: { createdAt: "asc" },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
}
