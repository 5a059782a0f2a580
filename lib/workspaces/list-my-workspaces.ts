import "server-only";
import { db } from "@/lib/db";

export function listMyWorkspaces(userId: string) {
  return db.workspace.findMany({
    where: { memberships: { some: { userId } } },
    orderBy: { createdAt: "asc" },
    select: { slug: true, name: true },
  });
}
