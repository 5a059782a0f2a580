import "server-only";
import { notFound } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { requestMeta } from "@/lib/request-meta";
import { API_KEY_PERMISSIONS, can, type Permission } from "./permissions";
import { requireMember } from "./require-member";

/** Who is asking, for the audit trail and rate limits (the IP is the one proxy.ts derived). */
export type RequestMeta = { ip: string | null; userAgent: string | null };

/** Who acts: a signed-in member with a role, an API key (scoped to some grants), or a job of the console. */
export type Actor =
  | { kind: "member"; userId: string; role: Role }
  | { kind: "apiKey"; keyId: string; grantIds: string[] }
  | { kind: "system"; job: string };

export type WorkspaceRef = { id: string; slug: string; name: string };

/**
 * The first argument of every workspace service: the authenticated actor, the workspace it acts in,
 * and the request's meta for the audit trail. A service checks its permission with `allow(ctx, …)`
 * and puts `ctx.workspace.id` in every `where`; it never trusts a bare id from its caller.
 */
export type Ctx = { actor: Actor; workspace: WorkspaceRef; meta: RequestMeta };

/** A service refused its actor: the caller answers 404 (a resource you may not use does not exist for you). */
export class NotAllowedError extends Error {
  constructor(readonly permission: Permission) {
    super(`not allowed: ${permission}`);
    this.name = "NotAllowedError";
  }
}

export function actorCan(actor: Actor, permission: Permission): boolean {
  if (actor.kind === "member") return can(actor.role, permission);
  if (actor.kind === "apiKey") return API_KEY_PERMISSIONS.includes(permission);
  return true;
}

/** Every service's first line: the permission from the one table, or NotAllowedError. */
export function allow(ctx: Ctx, permission: Permission): void {
  if (!actorCan(ctx.actor, permission)) throw new NotAllowedError(permission);
}

/** The user id an audit row names as its actor (API keys and jobs are named in the row's data instead). */
export function actorId(ctx: Ctx): string | null {
  return ctx.actor.kind === "member" ? ctx.actor.userId : null;
}

/** A page's or action's context under /w/[slug]: signed in, a member, allowed — else 404 (or off to sign in). */
export async function memberContext(slug: string, permission: Permission): Promise<Ctx> {
  const { user, role, workspace } = await requireMember(slug, permission);
  return { actor: { kind: "member", userId: user.id, role }, workspace, meta: await requestMeta() };
}

/** A context for the console's own jobs (upkeep, scheduled refreshes): every permission, no request. */
export function systemContext(workspace: WorkspaceRef, job: string, meta: RequestMeta = { ip: null, userAgent: null }): Ctx {
  return { actor: { kind: "system", job }, workspace, meta };
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
