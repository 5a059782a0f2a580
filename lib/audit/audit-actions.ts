export const AUDIT_ACTIONS = [
  "workspace.created",
  "workspace.renamed",
  "member.invited",
  "member.invite_revoked",
  "member.joined",
  "member.role_changed",
  "member.removed",
  "client.created",
  "authorization.started",
  "grant.created",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_LABELS: Record<AuditAction, string> = {
  "workspace.created": "Created the workspace",
  "workspace.renamed": "Renamed the workspace",
  "member.invited": "Invited someone",
  "member.invite_revoked": "Revoked an invite",
  "member.joined": "Joined the workspace",
  "member.role_changed": "Changed a member's role",
  "member.removed": "Removed a member",
  "client.created": "Registered a client",
  "authorization.started": "Started an authorization",
  "grant.created": "Stored a new grant",
};
