import type { Permission } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";

type Membership = { role: Role; workspace: { slug: string } };
export type Picked<M> = { ok: true; membership: M } | { ok: false; problem: "bad-request" | "not-found"; detail: string };

// Which workspace a sandbox console request acts for: the one named (?workspace=<slug>), or the
// user's only one. Not a member, or without the permission: not found, as everywhere in the console.
export function pickSandboxWorkspace<M extends Membership>(memberships: M[], slug: string | null, permission: Permission): Picked<M> {
  if (!slug && memberships.length > 1) {
    const yours = memberships.map((m) => m.workspace.slug).join(", ");
    return {
      ok: false,
      problem: "bad-request",
      detail: `You are in several workspaces: name one with ?workspace=<slug> (yours: ${yours}).`,
    };
  }
  const membership = slug ? memberships.find((m) => m.workspace.slug === slug) : memberships[0];
  if (!membership || !can(membership.role, permission)) {
    const which = slug ? `"${slug.slice(0, 60)}"` : "of yours";
    return { ok: false, problem: "not-found", detail: `No workspace ${which} where you may use this (${permission}).` };
  }
  return { ok: true, membership };
}
