import type { Ctx } from "@/lib/auth/context";
import type { Role } from "@/lib/generated/prisma/enums";

/** The role the owner rule (canAssignRole) weighs: a member's own; the console's jobs act as owners; a key as a viewer. */
export function actorRole(ctx: Ctx): Role {
  return ctx.actor.kind === "member" ? ctx.actor.role : ctx.actor.kind === "system" ? "OWNER" : "VIEWER";
}
