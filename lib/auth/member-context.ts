import "server-only";
import { notFound } from "next/navigation";
import { metaFrom, requestMeta } from "@/lib/request-meta";
import { NotAllowedError, type MemberCtx } from "./context";
import { can, type Permission } from "./permissions";
import { currentSession, loadMembership, requireMember } from "./require-member";
import { withoutNul } from "@/lib/without-nul";

// Building a member's context needs Next (the session, notFound): kept apart from context.ts so that
// services, which only need the types and allow(), load outside Next too (bench/explain.ts).

/** A page's or action's context under /w/[slug]: signed in, a member, allowed — else 404 (or off to sign in). */
export async function memberContext(slug: string, permission: Permission): Promise<MemberCtx> {
  const { user, role, workspace } = await requireMember(slug, permission);
  return { actor: { kind: "member", userId: user.id, role }, workspace, meta: await requestMeta() };
}

/** A route handler's member context, or null (not signed in, not a member, not allowed), which the route answers as 404. */
export async function findMemberContext(request: Request, slug: string, permission: Permission): Promise<MemberCtx | null> {
  const userId = (await currentSession())?.user?.id;
  const membership = userId ? await loadMembership(userId, withoutNul(slug)) : null;
  if (!userId || !membership || !can(membership.role, permission)) return null;
  return { actor: { kind: "member", userId, role: membership.role }, workspace: membership.workspace, meta: metaFrom(request.headers) };
}

/** Runs a service and turns its refusal into the page's 404. */
export async function orNotFound<T>(run: Promise<T>): Promise<T> {
  try {
    return await run;
  } catch (error) {
    if (error instanceof NotAllowedError) notFound();
    throw error;
  }
}
