import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

/** The workspace's clients by name, for a filter's picker: ids and names only, the first `take` by name. */
export async function listClientNames(ctx: Ctx, { take = 500 }: { take?: number } = {}) {
  allow(ctx, "clients:read");
  return db.oAuthClient.findMany({
    where: { workspaceId: ctx.workspace.id },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
    select: { id: true, name: true },
  });
}
