// The callback routes' upkeep against a real embedded database (PGlite in a temp folder, the
// project's migrations applied), with the clock passed in: folded audit failures, refused-callback
// counts, orphan expiry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { PrismaClient } from "../generated/prisma/client";
import { openMigratedPglite } from "../../test/migrated-pglite";
import { verifyChain } from "../audit/verify-chain";
import { auditCallbackFailure } from "./audit-callback-failure";
import { closeFailureWindows, FAILURE_WINDOW_MS } from "./close-failure-windows";
import { expireOrphanCallbacks, ORPHAN_TTL_MS } from "./expire-orphan-callbacks";
import { countRefusedCallback } from "./refused-callbacks";
import { REFUSAL_WINDOW_MS, saveRefusedCallbacks } from "./save-refused-callbacks";

let prisma: PrismaClient;
let db: Db;
let close: () => Promise<void>;
const MIN = 60_000;
const t0 = new Date("2026-11-29T12:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

beforeAll(async () => {
  ({ db: prisma, close } = openMigratedPglite("callback-upkeep"));
  db = prisma as unknown as Db;
}, 120_000);

afterAll(() => close?.());

async function workspaceWithClient(slug: string) {
  const user = await prisma.user.create({ data: { email: `${slug}@upkeep.test`, name: slug, passwordHash: "x" } });
  const ws = await prisma.workspace.create({ data: { slug, name: slug } });
  const client = await prisma.oAuthClient.create({
    data: { workspaceId: ws.id, name: "App", zohoClientId: `1000.${slug}`, homeDc: "us", createdById: user.id, callbackKey: `${slug}-key` },
  });
  return { workspaceId: ws.id, clientId: client.id, callbackKey: `${slug}-key` };
}

const failed = (workspaceId: string) =>
  prisma.auditEvent.findMany({ where: { workspaceId, action: "callback.failed" }, orderBy: { seq: "asc" } });

describe("identical callback failures", () => {
  it("40 in a window: one event at once, one event with the count when the window closes", async () => {
    const { workspaceId, clientId } = await workspaceWithClient("fold");
    const failure = (i: number, error = "invalid_request") => ({
      id: `cb${i}`,
      workspaceId,
      clientId,
      authRequestId: null,
      outcome: "zoho_error" as const,
      error,
      ip: "203.0.113.9",
      userAgent: "ua",
    });
    for (let i = 0; i < 40; i++) await db.$transaction((tx) => auditCallbackFailure(tx, failure(i), at(i * 1000)));
    // Another error is another window, audited at once.
    await db.$transaction((tx) => auditCallbackFailure(tx, failure(999, "other"), at(5000)));
    expect((await failed(workspaceId)).map((e) => e.data)).toEqual([
      { clientId, outcome: "zoho_error", error: "invalid_request" },
      { clientId, outcome: "zoho_error", error: "other" },
    ]);
    // Not yet: the window is 10 minutes from its first failure.
    expect(await closeFailureWindows(db, at(FAILURE_WINDOW_MS - 1))).toBe(0);
    expect(await closeFailureWindows(db, at(FAILURE_WINDOW_MS + 6000))).toBe(2);
    const events = await failed(workspaceId);
    expect(events).toHaveLength(3);
    expect(events[2]).toMatchObject({
      targetId: null,
      actorId: null,
      data: {
        clientId,
        outcome: "zoho_error",
        error: "invalid_request",
        repeats: 39,
        first: t0.toISOString(),
        last: at(39_000).toISOString(),
      },
    });
    expect((await verifyChain(prisma, workspaceId)).ok).toBe(true);
    // Closed: the next identical failure opens a new window and is audited at once.
    await db.$transaction((tx) => auditCallbackFailure(tx, failure(1000), at(FAILURE_WINDOW_MS + 7000)));
    expect(await failed(workspaceId)).toHaveLength(4);
  }, 60_000);

  it("a window that is over but not yet closed is closed by the next failure, which opens a new one", async () => {
    const { workspaceId, clientId } = await workspaceWithClient("late");
    const failure = {
      id: "x",
      workspaceId,
      clientId,
      authRequestId: null,
      outcome: "missing_code" as const,
      error: null,
      ip: null,
      userAgent: null,
    };
    await db.$transaction((tx) => auditCallbackFailure(tx, failure, at(0)));
    await db.$transaction((tx) => auditCallbackFailure(tx, failure, at(MIN)));
    await db.$transaction((tx) => auditCallbackFailure(tx, failure, at(FAILURE_WINDOW_MS + MIN)));
    const events = await failed(workspaceId);
    expect(events.map((e) => (e.data as { repeats?: number }).repeats ?? "first")).toEqual(["first", 1, "first"]);
  }, 60_000);

  it("failures of different authorizations are never folded together", async () => {
    const { workspaceId, clientId } = await workspaceWithClient("auths");
    for (const authRequestId of ["a1", "a2", "a3"]) {
      await db.$transaction((tx) =>
        auditCallbackFailure(
          tx,
          { id: authRequestId, workspaceId, clientId, authRequestId, outcome: "state_reused", error: null, ip: null, userAgent: null },
          at(0),
        ),
      );
    }
    expect(await failed(workspaceId)).toHaveLength(3);
  }, 60_000);
});

describe("refused callbacks", () => {
  it("are saved as one row per workspace and window, counts added up, addresses kept to the busiest", async () => {
    const { workspaceId, callbackKey } = await workspaceWithClient("refused");
    for (let i = 0; i < 1000; i++) countRefusedCallback(callbackKey, "198.51.100.1");
    for (let i = 0; i < 20; i++) countRefusedCallback(callbackKey, `192.0.2.${i}`);
    for (let i = 0; i < 7; i++) countRefusedCallback(null, "198.51.100.2");
    countRefusedCallback("no-such-key", "198.51.100.3");
    expect(await saveRefusedCallbacks(db, at(0))).toBe(1028);
    countRefusedCallback(callbackKey, "198.51.100.1");
    expect(await saveRefusedCallbacks(db, at(MIN))).toBe(1);
    expect(await saveRefusedCallbacks(db, at(MIN))).toBe(0);
    const rows = await prisma.callbackRefusal.findMany({ orderBy: { scope: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ scope: "", count: 8, sources: { "198.51.100.2": 7, "198.51.100.3": 1 } });
    expect(rows[1]).toMatchObject({ scope: workspaceId, count: 1021 });
    const sources = rows[1].sources as Record<string, number>;
    expect(Object.keys(sources)).toHaveLength(10);
    expect(sources["198.51.100.1"]).toBe(1001);
    // The next window is a new row.
    countRefusedCallback(callbackKey, "198.51.100.1");
    await saveRefusedCallbacks(db, at(REFUSAL_WINDOW_MS));
    expect(await prisma.callbackRefusal.count({ where: { scope: workspaceId } })).toBe(2);
  }, 60_000);
});

describe("orphan callbacks", () => {
  it("older than 7 days are removed, with old refusal counts; a workspace's callbacks stay", async () => {
    const { workspaceId } = await workspaceWithClient("orphans");
    const old = at(-ORPHAN_TTL_MS - MIN);
    const row = (receivedAt: Date, ws: string | null) => ({ params: {}, outcome: "unknown_state" as const, receivedAt, workspaceId: ws });
    await prisma.callbackEvent.createMany({
      data: [...Array.from({ length: 1100 }, () => row(old, null)), row(at(-MIN), null), row(old, workspaceId)],
    });
    await prisma.callbackRefusal.create({ data: { scope: "", windowStart: old, count: 5, sources: {} } });
    const before = await prisma.callbackRefusal.count();
    expect(await expireOrphanCallbacks(db, t0)).toEqual({ callbacks: 1100, refusals: 1 });
    expect(await prisma.callbackEvent.count({ where: { workspaceId: null } })).toBe(1);
    expect(await prisma.callbackEvent.count({ where: { workspaceId } })).toBe(1);
    expect(await prisma.callbackRefusal.count()).toBe(before - 1);
  }, 60_000);
});
