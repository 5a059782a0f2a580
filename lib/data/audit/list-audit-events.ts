import "server-only";
import { db } from "@/lib/db";
import { auditWhere, type AuditFilter } from "./audit-filter";

export const AUDIT_PAGE = 50;

// Newest first, keyset-paged on the per-workspace sequence: the 1,000th page costs what the first does.
export async function listAuditEvents(workspaceId: string, filter: AuditFilter) {
  const rows = await db.auditEvent.findMany({
    where: { ...auditWhere(workspaceId, filter), ...(filter.before && { seq: { lt: filter.before } }) },
    orderBy: { seq: "desc" },
    take: AUDIT_PAGE + 1,
    select: { id: true, seq: true, actorId: true, action: true, targetType: true, targetId: true, data: true, ip: true, userAgent: true, createdAt: true },
  });
  return { rows: rows.slice(0, AUDIT_PAGE), nextBefore: rows.length > AUDIT_PAGE ? rows[AUDIT_PAGE - 1].seq : null };
}
