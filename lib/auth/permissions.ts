import type { Role } from "@/lib/generated/prisma/enums";

// The one table that decides access. Code checks permissions, never roles.
export const PERMISSIONS = [
  "clients:read",
  "clients:write",
  "grants:read",
  "authorize",
  "grants:refresh",
  "grants:revoke",
  "callbacks:read",
  "audit:read",
  "members:manage",
  "workspace:delete",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const VIEWER: Permission[] = ["clients:read", "grants:read", "callbacks:read", "audit:read"];
const DEVELOPER: Permission[] = [...VIEWER, "authorize", "grants:refresh"];
const ADMIN: Permission[] = [...DEVELOPER, "clients:write", "grants:revoke", "members:manage"];
const OWNER: Permission[] = [...ADMIN, "workspace:delete"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = { OWNER, ADMIN, DEVELOPER, VIEWER };

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}
