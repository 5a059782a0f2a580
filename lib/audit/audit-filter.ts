import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { nulSafeFilters } from "@/lib/without-nul";

export const auditFilterSchema = nulSafeFilters(
  z.object({
    actor: z.string().max(40).optional().catch(undefined),
    action: z.string().max(60).optional().catch(undefined),
    target: z.string().max(60).optional().catch(undefined),
    q: z.string().max(200).optional().catch(undefined),
    from: z.iso.date().optional().catch(undefined),
    to: z.iso.date().optional().catch(undefined),
    /** Keyset page: events older than this sequence number. */
    before: z.coerce.number().int().positive().optional().catch(undefined),
    /** Incremental export: events newer than this sequence number. */
    after: z.coerce.number().int().nonnegative().optional().catch(undefined),
  }),
);
export type AuditFilter = z.infer<typeof auditFilterSchema>;

const CLOCK_MARGIN_MS = 5 * 60_000;

// A search as a prefix query over words, a word being a run of letters and digits (as the index
// splits the text): "renam owner@exa" finds "workspace.renamed … owner@example.com". Nothing the
// user types can be tsquery syntax: only letters and digits remain.
export function searchQuery(q: string | undefined): string | null {
  const words = (q ?? "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((w) => `${w}:*`).join(" & ") : null;
}

// The filters as one SQL condition that the indexes serve: (workspaceId, actorId|action|targetId, seq)
// b-trees, GIN on data for events that name a client or grant, GIN on the full-text vector.
export function auditWhere(workspaceId: string, f: AuditFilter): Prisma.Sql {
  const parts = [Prisma.sql`"workspaceId" = ${workspaceId}`];
  if (f.actor) parts.push(Prisma.sql`"actorId" = ${f.actor}`);
  if (f.action) parts.push(Prisma.sql`"action" = ${f.action}`);
  if (f.target) {
    parts.push(
      Prisma.sql`("targetId" = ${f.target} OR "data" @> jsonb_build_object('clientId', ${f.target}::text) OR "data" @> jsonb_build_object('grantId', ${f.target}::text))`,
    );
  }
  const query = searchQuery(f.q);
  if (query)
    parts.push(
      Prisma.sql`to_tsvector('simple', regexp_replace("action" || ' ' || "data"::text, '[^[:alnum:]]+', ' ', 'g')) @@ to_tsquery('simple', ${query})`,
    );
  // A time range also becomes a range of sequence numbers, found on the (workspaceId, createdAt) index,
  // so the newest-first walk on seq starts and stops where the range does instead of filtering its way
  // through the whole trail. The margin covers clocks of several instances that disagree a little.
  if (f.from) {
    const from = new Date(f.from);
    parts.push(Prisma.sql`"createdAt" >= ${from}`);
    parts.push(
      Prisma.sql`"seq" >= COALESCE((SELECT "seq" FROM "AuditEvent" WHERE "workspaceId" = ${workspaceId} AND "createdAt" >= ${new Date(from.getTime() - CLOCK_MARGIN_MS)} ORDER BY "createdAt" ASC LIMIT 1), 2147483647)`,
    );
  }
  if (f.to) {
    const to = new Date(new Date(f.to).getTime() + 86_400_000);
    parts.push(Prisma.sql`"createdAt" < ${to}`);
    parts.push(
      Prisma.sql`"seq" <= COALESCE((SELECT "seq" FROM "AuditEvent" WHERE "workspaceId" = ${workspaceId} AND "createdAt" < ${new Date(to.getTime() + CLOCK_MARGIN_MS)} ORDER BY "createdAt" DESC LIMIT 1), 0)`,
    );
  }
  if (f.before) parts.push(Prisma.sql`"seq" < ${f.before}`);
  if (f.after !== undefined) parts.push(Prisma.sql`"seq" > ${f.after}`);
  return Prisma.join(parts, " AND ");
}

/** The audit export (lib/audit/export-audit-events.ts) reads the filtered trail this many events at a time. */
export const AUDIT_EXPORT_BATCH = 1_000;

export const AUDIT_COLUMNS = Prisma.sql`"id", "seq", "actorId", "action", "targetType", "targetId", "data", "ip", "userAgent", "createdAt", "hash"`;
export type AuditRow = {
  id: string;
  seq: number;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  data: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
  hash: string;
};
