import "server-only";
import { actorCan, NotAllowedError, type Ctx } from "@/lib/auth/context";

/**
 * The data-centre table is the whole console's, not one workspace's: its services take the actor and
 * the request's meta only (a member acting from any workspace where their role has datacentres:manage,
 * or the console's own job at start). The workspace they acted from is not needed: every workspace's
 * trail records the change.
 */
export type ConsoleCtx = Pick<Ctx, "actor" | "meta">;

export function allowConsole(ctx: ConsoleCtx, permission: "datacentres:manage"): void {
  if (!actorCan(ctx.actor, permission)) throw new NotAllowedError(permission);
}

export const consoleJob = (job: string): ConsoleCtx => ({ actor: { kind: "system", job }, meta: { ip: null, userAgent: null } });
