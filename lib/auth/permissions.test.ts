import { describe, expect, it } from "vitest";
import { API_KEY_PERMISSIONS, can, canAssignRole, PERMISSIONS, ROLE_PERMISSIONS, ROLES } from "./permissions";

describe("role → permission table", () => {
  it("each role holds everything the role below it holds", () => {
    const [owner, admin, developer, viewer] = ROLES.map((r) => new Set(ROLE_PERMISSIONS[r]));
    for (const p of viewer) expect(developer.has(p)).toBe(true);
    for (const p of developer) expect(admin.has(p)).toBe(true);
    for (const p of admin) expect(owner.has(p)).toBe(true);
    expect(owner.size).toBe(PERMISSIONS.length);
  });

  it.each([
    ["VIEWER", "clients:read", true],
    ["VIEWER", "authorize", false],
    ["VIEWER", "clients:write", false],
    ["VIEWER", "grants:label", false],
    ["VIEWER", "grants:call", false],
    ["DEVELOPER", "grants:call", true],
    ["DEVELOPER", "authorize", true],
    ["DEVELOPER", "grants:refresh", true],
    ["DEVELOPER", "grants:label", true],
    ["DEVELOPER", "clients:write", false],
    ["DEVELOPER", "secrets:reveal", false],
    ["ADMIN", "clients:write", true],
    ["ADMIN", "members:manage", true],
    ["ADMIN", "grants:revoke", true],
    ["ADMIN", "workspace:delete", false],
    ["OWNER", "workspace:delete", true],
    ["VIEWER", "reviews:decide", true],
    ["DEVELOPER", "reviews:manage", false],
    ["ADMIN", "reviews:manage", true],
    ["VIEWER", "alerts:read", true],
    ["VIEWER", "alerts:subscribe", true],
  ] as const)("%s %s → %s", (role, permission, allowed) => expect(can(role, permission)).toBe(allowed));

  it("an API key reads and gets access tokens; it never labels, revokes or manages", () => {
    expect([...API_KEY_PERMISSIONS].sort()).toEqual(["clients:read", "grants:read", "grants:refresh"]);
  });

  it.each([
    ["OWNER", "VIEWER", "OWNER", true],
    ["OWNER", "OWNER", "ADMIN", true],
    ["ADMIN", "VIEWER", "DEVELOPER", true],
    ["ADMIN", null, "ADMIN", true],
    ["ADMIN", "VIEWER", "OWNER", false],
    ["ADMIN", "OWNER", "ADMIN", false],
    ["DEVELOPER", "VIEWER", "DEVELOPER", false],
  ] as const)("%s may change %s to %s: %s", (actor, from, to, allowed) => expect(canAssignRole(actor, from, to)).toBe(allowed));
});
