import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { withoutNul } from "@/lib/without-nul";
import { auth } from "./auth";
import { can, type Permission } from "./permissions";

export const currentSession = cache(() => auth());

/** The signed-in user's session (which names this browser's session row), or off to sign in. */
export async function requireSession() {
  const session = await currentSession();
  if (!session?.user?.id) redirect("/sign-in");
  return session;
}

export async function requireUser() {
  return (await requireSession()).user;
}

/** One query per request for a member of a workspace (pages, actions and route handlers share it). */
export const loadMembership = cache((userId: string, slug: string) =>
  db.membership.findFirst({
    where: { userId, workspace: { slug } },
    select: { role: true, workspace: { select: { id: true, slug: true, name: true } } },
  }),
);

// Every page and action under /w/[slug] starts here: signed in, a member, allowed. A miss is 404.
export async function requireMember(slug: string, permission: Permission) {
  const user = await requireUser();
  const membership = await loadMembership(user.id, withoutNul(slug));
  if (!membership || !can(membership.role, permission)) notFound();
  return { user, role: membership.role, workspace: membership.workspace };
}
