import { auditHash } from "./audit-hash";

type AuditRow = Parameters<typeof auditHash>[1] & { id: string; prevHash: string; hash: string };
type AuditReader = { auditEvent: { findMany(args: object): Promise<AuditRow[]> } };

export type ChainReport = { ok: true; events: number } | { ok: false; events: number; broken: { id: string; seq: number; why: string } };

const BATCH = 2000;

// Walks a workspace's audit events in order and recomputes each hash from the previous one. The
// first event whose stored hash, link or sequence number does not hold is named.
export async function verifyChain(db: AuditReader, workspaceId: string): Promise<ChainReport> {
  let prev = "";
  let expectedSeq = 1;
  let events = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({ where: { workspaceId, seq: { gte: expectedSeq } }, orderBy: { seq: "asc" }, take: BATCH });
    for (const row of rows) {
      const fail = (why: string): ChainReport => ({ ok: false, events, broken: { id: row.id, seq: row.seq, why } });
      if (row.seq !== expectedSeq) return fail(`event ${expectedSeq} is missing`);
      if (row.prevHash !== prev) return fail("its link to the previous event does not match");
      if (auditHash(prev, row) !== row.hash) return fail("its content does not match its hash (changed after it was written)");
      prev = row.hash;
      expectedSeq++;
      events++;
    }
    if (rows.length < BATCH) return { ok: true, events };
  }
}
