import { createHash } from "node:crypto";

// The hash chain's one definition, shared by the writer and the verifier. JSON is canonical (keys
// sorted at every depth) because PostgreSQL's jsonb does not keep the order keys were written in.
export type HashedAuditFields = {
  workspaceId: string;
  seq: number;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  data: unknown;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
};

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function auditHash(prevHash: string, e: HashedAuditFields): string {
  // Exactly these fields, whatever else the caller's object holds (a stored row has id and hashes too).
  const row = {
    workspaceId: e.workspaceId,
    seq: e.seq,
    actorId: e.actorId,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    data: e.data,
    ip: e.ip,
    userAgent: e.userAgent,
    createdAt: e.createdAt.toISOString(),
  };
  return createHash("sha256")
    .update(prevHash + canonicalJson(row))
    .digest("hex");
}
