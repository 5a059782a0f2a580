// Retention, the append-only guard and tamper detection against a real embedded database (PGlite in a
// temp folder, the project's migrations applied).
import type { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import { openMigratedPglite } from "../../test/migrated-pglite";
import { auditHash } from "./audit-hash";
import { dropOldSegments } from "./drop-old-segments";
import { recordAuditEvent } from "./record-audit-event";
import { verifyChain } from "./verify-chain";

let pglite: PGlite;
let db: PrismaClient;
let close: () => Promise<void>;
const DAY = 86_400_000;
const now = new Date("2026-11-29T12:00:00Z");

beforeAll(async () => {
  ({ db, pglite, close } = openMigratedPglite("audit-retention"));
}, 120_000);

afterAll(() => close?.());

// A workspace whose trail holds one event a day for `days` days up to `now`, chained as the app chains them.
async function workspaceWithHistory(slug: string, days: number) {
  const { id } = await db.workspace.create({ data: { slug, name: slug } });
  let prevHash = "";
  for (let i = 0; i < days; i++) {
    const row = {
      workspaceId: id,
      seq: i + 1,
      actorId: null,
      action: "client.updated",
      targetType: "client",
      targetId: `c${i}`,
      data: { day: i },
      ip: null,
      userAgent: null,
      createdAt: new Date(now.getTime() - (days - i) * DAY),
    };
    const hash = auditHash(prevHash, row);
    await db.auditEvent.create({ data: { ...row, prevHash, hash } });
    prevHash = hash;
  }
  return id;
}
const asDb = (client: PrismaClient) => client as unknown as Parameters<typeof dropOldSegments>[0];

describe("audit retention", () => {
  it("drops whole months older than the retention, records it, and the chain still verifies", async () => {
    const id = await workspaceWithHistory("kept-90", 200);
    const dropped = await dropOldSegments(asDb(db), id, 90, now);
    // 90 days before 2026-11-29 is 2026-08-31: every event before 2026-08-01 goes, August stays whole.
    expect(dropped?.before).toBe("2026-08-01T00:00:00.000Z");
    const oldest = await db.auditEvent.findFirst({ where: { workspaceId: id }, orderBy: { seq: "asc" } });
    expect(oldest!.createdAt.toISOString() >= "2026-08-01").toBe(true);
    expect(oldest!.seq).toBe(dropped!.throughSeq + 1);
    expect(await db.auditEvent.count({ where: { workspaceId: id } })).toBe(200 - dropped!.events + 1);
    const record = await db.auditEvent.findFirst({ where: { workspaceId: id, action: "audit.segments_dropped" } });
    expect(record!.data).toMatchObject({ throughSeq: dropped!.throughSeq, events: dropped!.events, retentionDays: 90 });
    expect(await verifyChain(db, id)).toEqual({ ok: true, events: 200 - dropped!.events + 1, droppedThrough: dropped!.throughSeq });
    // Nothing more to drop until another month ages out.
    expect(await dropOldSegments(asDb(db), id, 90, now)).toBeNull();
  });

  it("the database refuses to update or delete audit events outside retention", async () => {
    const id = await workspaceWithHistory("guarded", 3);
    await expect(db.auditEvent.updateMany({ where: { workspaceId: id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db.auditEvent.deleteMany({ where: { workspaceId: id } })).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count({ where: { workspaceId: id } })).toBe(3);
  });

  it("names the event that was changed, and a prefix deleted without a retention record", async () => {
    const id = await workspaceWithHistory("tampered", 5);
    await recordAuditEvent(db as never, {
      workspaceId: id,
      actorId: null,
      action: "client.created",
      targetType: "client",
      data: { name: "x" },
    });
    expect((await verifyChain(db, id)).ok).toBe(true);
    const third = await db.auditEvent.findFirstOrThrow({ where: { workspaceId: id, seq: 3 } });
    // Someone who owns the database switches the guard off and edits one event.
    await pglite.exec(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
    await db.auditEvent.update({ where: { id: third.id }, data: { data: { day: 99 } } });
    expect(await verifyChain(db, id)).toEqual({
      ok: false,
      events: 2,
      broken: { id: third.id, seq: 3, why: expect.stringContaining("content does not match") },
    });
    await db.auditEvent.deleteMany({ where: { workspaceId: id, seq: { lte: 3 } } });
    await pglite.exec(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
    const report = await verifyChain(db, id);
    expect(report.ok).toBe(false);
    if (!report.ok)
      expect(report.broken).toMatchObject({ seq: 4, why: "events 1 to 3 are missing, and no retention record accounts for them" });
  });

  it("names the first missing event also when a whole verification batch (2,000) is missing", async () => {
    const { id } = await db.workspace.create({ data: { slug: "gap", name: "gap" } });
    let prevHash = "";
    let last = "";
    for (const seq of [1, 2, 2003]) {
      const row = {
        workspaceId: id,
        seq,
        actorId: null,
        action: "client.updated",
        targetType: "client",
        targetId: "c",
        data: {},
        ip: null,
        userAgent: null,
        createdAt: now,
      };
      const hash = auditHash(prevHash, row);
      last = (await db.auditEvent.create({ data: { ...row, prevHash, hash } })).id;
      prevHash = hash;
    }
    expect(await verifyChain(db, id)).toEqual({ ok: false, events: 2, broken: { id: last, seq: 2003, why: "event 3 is missing" } });
  });
});
