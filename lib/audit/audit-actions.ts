export const AUDIT_ACTIONS = [
  "workspace.created",
  "client.created",
  "authorization.started",
  "grant.created",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_LABELS: Record<AuditAction, string> = {
  "workspace.created": "Created the workspace",
  "client.created": "Registered a client",
  "authorization.started": "Started an authorization",
  "grant.created": "Stored a new grant",
};
