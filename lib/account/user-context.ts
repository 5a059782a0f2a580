import "server-only";
import type { RequestMeta } from "@/lib/auth/context";
import { requireSession } from "@/lib/auth/require-member";
import { requestMeta } from "@/lib/request-meta";

/**
 * The ctx of the services that act for a signed-in person outside any workspace (their account, a new
 * workspace, an invite addressed to them): the user, this browser's session, the request's meta.
 * There is no workspace and so no permission to check: what they may do is decided by who they are.
 */
export type UserCtx = { user: { id: string; email: string | null }; sessionId: string | null; meta: RequestMeta };

/** The ctx of the services anyone may reach before signing in (first-run setup, signing up from an invite). */
export type AnonymousCtx = { meta: RequestMeta };

/** Signed in, or off to sign in. */
export async function userContext(): Promise<UserCtx> {
  const session = await requireSession();
  return {
    user: { id: session.user.id, email: session.user.email ?? null },
    sessionId: session.sessionId ?? null,
    meta: await requestMeta(),
  };
}

export async function anonymousContext(): Promise<AnonymousCtx> {
  return { meta: await requestMeta() };
}
