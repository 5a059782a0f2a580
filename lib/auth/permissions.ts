import type { Role } from "@/lib/generated/prisma/enums";

// The one table that decides access. Code checks permissions, never roles.
export const PERMISSIONS = [
  "clients:read",
  "clients:write",
  "secrets:reveal",
  "grants:read",
  "authorize",
  "grants:refresh",
  // Send a request to Zoho with a grant's access token through the request runner (lib/api-calls/).
  "grants:call",
  // Name a grant in the console (its label): a note for people, no effect at Zoho or on the token API.
  "grants:label",
  "grants:revoke",
  "callbacks:read",
  "audit:read",
  "members:read",
  "members:manage",
  "apikeys:manage",
  "workspace:manage",
  "workspace:delete",
  // The built-in Zoho sandbox: register sandbox clients and set its faults for the workspace.
  "sandbox:write",
  // The console-wide data-centre table (lib/data-centres/): refresh from serverinfo, add, disable.
  "datacentres:manage",
  // Access reviews (lib/reviews/): start, finish (which revokes what was marked revoke), cancel.
  "reviews:manage",
  // Mark a review's grants keep or revoke. Every role holds it; the service lets only the review's named
  // reviewers (or, when none are named, those who manage reviews) decide. Nothing is revoked until an admin finishes.
  "reviews:decide",
  // Webhook endpoints and their delivery log (lib/webhooks/): add, enable, delete, send a test, redeliver.
  "webhooks:manage",
  // The bell and the alerts page (lib/alerts/): every alert of the workspace (payloads hold no secret), and
  // marking them read for oneself.
  "alerts:read",
  // Choose which alerts are mailed to oneself (lib/alerts/mail/): a member only ever edits their own choices.
  "alerts:subscribe",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const VIEWER: Permission[] = [
  "clients:read",
  "grants:read",
  "callbacks:read",
  "audit:read",
  "members:read",
  "reviews:decide",
  "alerts:read",
  "alerts:subscribe",
];
const DEVELOPER: Permission[] = [...VIEWER, "authorize", "grants:refresh", "grants:call", "grants:label", "sandbox:write"];
const ADMIN: Permission[] = [
  ...DEVELOPER,
  "clients:write",
  "secrets:reveal",
  "grants:revoke",
  "members:manage",
  "apikeys:manage",
  "workspace:manage",
  "datacentres:manage",
  "reviews:manage",
  "webhooks:manage",
];
const OWNER: Permission[] = [...ADMIN, "workspace:delete"];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = { OWNER, ADMIN, DEVELOPER, VIEWER };

// What a console API key may do (the token API): read its workspace's clients and grants and get their
// access tokens. Which grants, the key's own grant list decides (lib/api-keys).
export const API_KEY_PERMISSIONS: readonly Permission[] = ["clients:read", "grants:read", "grants:refresh"];

export const ROLES: readonly Role[] = ["OWNER", "ADMIN", "DEVELOPER", "VIEWER"];

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  OWNER: "Everything, including deleting the workspace and managing owners",
  ADMIN: "Manages clients, secrets, members, API keys; revokes grants",
  DEVELOPER: "Builds URLs, authorizes, exchanges and refreshes",
  VIEWER: "Reads clients, grants (metadata only), callbacks and the audit trail",
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Only owners may hand out or take away the owner role. */
export function canAssignRole(actor: Role, from: Role | null, to: Role): boolean {
  if (!can(actor, "members:manage")) return false;
  return actor === "OWNER" || (to !== "OWNER" && from !== "OWNER");
}
