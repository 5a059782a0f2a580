import "server-only";
import { notFound } from "next/navigation";
import { metaFrom, requestMeta } from "@/lib/request-meta";
import { NotAllowedError, type MemberCtx } from "./context";
import { findMember } from "./find-member";
import type { Permission } from "./permissions";
import { requireMember } from "./require-member";

// Building a member's context needs Next (the session, notFound): kept apart from context.ts so that
// services, which only need the types and allow(), load outside Next too (bench/explain.ts).

/** A page's or action's context under /w/[slug]: signed in, a member, allowed — else 404 (or off to sign in). */
export async function memberContext(slug: string, permission: Permission): Promise<MemberCtx> {
  const { user, role, workspace } = await requireMember(slug, permission);
  return { actor: { kind: "member", userId: user.id, role }, workspace, meta: await requestMeta() };
}

/** A route handler's member context, or null (not signed in, not a member, not allowed), which the route answers as 404. */
export async function findMemberContext(request: Request, slug: string, permission: Permission): Promise<MemberCtx | null> {
  const member = await findMember(slug, permission);
  if (!member?.user.id) return null;
  return {
    actor: { kind: "member", userId: member.user.id, role: member.role },
    workspace: member.workspace,
    meta: metaFrom(request.headers),
  };
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
