import { auditHash } from "./audit-hash";

type AuditRow = Parameters<typeof auditHash>[1] & { id: string; prevHash: string; hash: string };
type AuditReader = {
  auditEvent: {
    findMany(args: object): Promise<AuditRow[]>;
    findFirst(args: object): Promise<{ id?: string; seq: number; data?: unknown } | null>;
  };
};

export type ChainReport =
  { ok: true; events: number; droppedThrough: number } | { ok: false; events: number; broken: { id: string; seq: number; why: string } };

const BATCH = 2000;

// Walks a workspace's audit events in order and recomputes each hash from the previous one. The
// first event whose stored hash, link or sequence number does not hold is named. When retention
// dropped the oldest events, the chain starts from the hash its (itself chained) drop event recorded.
export async function verifyChain(db: AuditReader, workspaceId: string): Promise<ChainReport> {
  const first = await db.auditEvent.findFirst({ where: { workspaceId }, orderBy: { seq: "asc" }, select: { seq: true } });
  const drop = await db.auditEvent.findFirst({
    where: { workspaceId, action: "audit.segments_dropped" },
    orderBy: { seq: "desc" },
    select: { seq: true, data: true },
  });
  const anchor = drop?.data as { throughSeq?: number; throughHash?: string } | undefined;
  const dropped = first && first.seq > 1 && anchor?.throughSeq === first.seq - 1 && typeof anchor.throughHash === "string";
  let prev = dropped ? anchor.throughHash! : "";
  let expectedSeq = dropped ? first.seq : 1;
  let events = 0;
  for (;;) {
    // A bounded range: with `seq >= n` alone, a planner without statistics (PGlite) reads and sorts
    // every later event for each batch, which made verification quadratic (1M events: minutes).
    const rows = await db.auditEvent.findMany({
      where: { workspaceId, seq: { gte: expectedSeq, lt: expectedSeq + BATCH } },
      orderBy: { seq: "asc" },
    });
    for (const row of rows) {
      const fail = (why: string): ChainReport => ({ ok: false, events, broken: { id: row.id, seq: row.seq, why } });
      if (row.seq !== expectedSeq)
        return fail(
          expectedSeq === 1
            ? `events 1 to ${row.seq - 1} are missing, and no retention record accounts for them`
            : `event ${expectedSeq} is missing`,
        );
      if (row.prevHash !== prev) return fail("its link to the previous event does not match");
      if (auditHash(prev, row) !== row.hash) return fail("its content does not match its hash (changed after it was written)");
      prev = row.hash;
      expectedSeq++;
      events++;
    }
    if (rows.length < BATCH) {
      // The range ended early: the last event, or a gap of a whole batch or more before later ones.
      const later = await db.auditEvent.findFirst({
        where: { workspaceId, seq: { gte: expectedSeq } },
        orderBy: { seq: "asc" },
        select: { id: true, seq: true },
      });
      if (later) return { ok: false, events, broken: { id: later.id ?? "", seq: later.seq, why: `event ${expectedSeq} is missing` } };
      return { ok: true, events, droppedThrough: dropped ? first.seq - 1 : 0 };
    }
  }
}
