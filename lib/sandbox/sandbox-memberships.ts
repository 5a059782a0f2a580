import "server-only";
import { db } from "@/lib/db";

// The workspaces a console user may use the sandbox for: all of theirs, oldest first (the first is
// the one "/" opens), with their role in each.
export function listSandboxMemberships(userId: string) {
  return db.membership.findMany({
    where: { userId },
    orderBy: { workspace: { createdAt: "asc" } },
    select: { role: true, workspace: { select: { id: true, slug: true, name: true } } },
  });
}

export type SandboxMembership = Awaited<ReturnType<typeof listSandboxMemberships>>[number];
