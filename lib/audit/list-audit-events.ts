import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { AUDIT_COLUMNS, auditWhere, type AuditFilter, type AuditRow } from "./audit-filter";

export const AUDIT_PAGE = 50;

// Newest first, keyset-paged on the per-workspace sequence: the 1,000th page costs what the first does.
export async function listAuditEvents(ctx: Ctx, { filter }: { filter: AuditFilter }) {
  allow(ctx, "audit:read");
  const rows = await db.$queryRaw<
    AuditRow[]
  >`SELECT ${AUDIT_COLUMNS} FROM "AuditEvent" WHERE ${auditWhere(ctx.workspace.id, filter)} ORDER BY "seq" DESC LIMIT ${AUDIT_PAGE + 1}`;
  return { rows: rows.slice(0, AUDIT_PAGE), nextBefore: rows.length > AUDIT_PAGE ? rows[AUDIT_PAGE - 1].seq : null };
}
