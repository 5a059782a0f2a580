import "server-only";
import type { Role } from "@/lib/generated/prisma/enums";
import { API_KEY_PERMISSIONS, can, type Permission } from "./permissions";

/** Who is asking, for the audit trail and rate limits (the IP is the one proxy.ts derived). */
export type RequestMeta = { ip: string | null; userAgent: string | null };

/** Who acts: a signed-in member with a role, an API key (scoped to some grants), or a job of the console. */
export type Actor =
  { kind: "member"; userId: string; role: Role } | { kind: "apiKey"; keyId: string; grantIds: string[] } | { kind: "system"; job: string };

export type WorkspaceRef = { id: string; slug: string; name: string };

/**
 * The first argument of every workspace service: the authenticated actor, the workspace it acts in,
 * and the request's meta for the audit trail. A service checks its permission with `allow(ctx, …)`
 * and puts `ctx.workspace.id` in every `where`; it never trusts a bare id from its caller.
 */
export type Ctx = { actor: Actor; workspace: WorkspaceRef; meta: RequestMeta };

/** A context whose actor is a signed-in member (pages, form actions, the console's own routes). */
export type MemberCtx = Ctx & { actor: Extract<Actor, { kind: "member" }> };

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

/** A context for the console's own jobs (upkeep, scheduled refreshes): every permission, no request. */
export function systemContext(workspace: WorkspaceRef, job: string, meta: RequestMeta = { ip: null, userAgent: null }): Ctx {
  return { actor: { kind: "system", job }, workspace, meta };
}
