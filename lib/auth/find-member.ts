import "server-only";
import { auth } from "./auth";
import { db } from "@/lib/db";
import { withoutNul } from "@/lib/without-nul";
import { can, type Permission } from "./permissions";

// For route handlers, which answer with problem JSON rather than redirects: null when the caller is
// not signed in, not a member, or lacks the permission (all answered as 404 by the caller).
export async function findMember(slug: string, permission: Permission) {
  const session = await auth();
  if (!session?.user?.id) return null;
  const membership = await db.membership.findFirst({
    where: { userId: session.user.id, workspace: { slug: withoutNul(slug) } },
    select: { role: true, workspace: { select: { id: true, slug: true, name: true } } },
  });
  if (!membership || !can(membership.role, permission)) return null;
  return { user: session.user, role: membership.role, workspace: membership.workspace };
}
