// The alert sweep and the in-transaction emitters against a real embedded database (PGlite in a temp folder,
// the project's migrations applied), with the clock passed in: each event once per cause, its webhook
// deliveries beside it, and — at 100,000 grants — query plans that stay on their indexes.
import { randomBytes } from "node:crypto";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { PrismaClient } from "../generated/prisma/client";
import { openMigratedPglite } from "../../test/migrated-pglite";
import { emitNearCap } from "./emit-near-cap";
import { emitNearTokenLimit } from "./emit-near-token-limit";
import { sweepAlerts } from "./sweep-alerts";

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const t0 = new Date("2026-12-01T12:03:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

let prisma: PrismaClient;
let db: Db;
let close: () => Promise<void>;
let userId = "";
const captured: { query: string; params: unknown[] }[] = [];

beforeAll(async () => {
  // emitAlert links to the console's own origin (lib/config/env.ts): the environment a console would have.
  Object.assign(process.env, { AUTH_SECRET: "s".repeat(40), ENCRYPTION_KEY: randomBytes(32).toString("base64"), PORT: "3999" });
  const opened = openMigratedPglite("alert-sweep");
  close = opened.close;
  const logged = new PrismaClient({ adapter: new PrismaPGlite(opened.pglite), log: [{ emit: "event", level: "query" }] });
  logged.$on("query", (e) => captured.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }));
  prisma = logged as unknown as PrismaClient;
  db = prisma as unknown as Db;
  userId = (await prisma.user.create({ data: { email: "owner@sweep.test", name: "Owner", passwordHash: "x" } })).id;
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
  await close?.();
});

/** A workspace with one client and one enabled endpoint subscribed to every event. */
async function workspace(slug: string, settings: { staleGrantDays?: number; warnRefreshTokensPerUser?: number } = {}) {
  const ws = await prisma.workspace.create({ data: { slug, name: slug, ...settings } });
  const client = await prisma.oAuthClient.create({
    data: { workspaceId: ws.id, name: `${slug} app`, zohoClientId: `1000.${slug}`, homeDc: "eu", createdById: userId },
  });
  await prisma.webhookEndpoint.create({
    data: {
      workspaceId: ws.id,
      url: "https://hooks.example.com/x",
      events: [
        "grant.stale",
        "apikey.expiring",
        "callback.failed",
        "grant.near_cap",
        "grant.near_token_limit",
        "client.secret_rotation_pending",
      ],
      secretCipher: "sealed",
    },
  });
  return { workspaceId: ws.id, clientId: client.id };
}

const grant = (w: { workspaceId: string; clientId: string }, data: Record<string, unknown> = {}) =>
  prisma.grant.create({
    data: {
      ...w,
      location: "eu",
      accountsServer: "https://accounts.zoho.eu",
      apiDomain: "https://www.zohoapis.eu",
      scopes: ["ZohoCRM.modules.ALL"],
      createdById: userId,
      ...data,
    },
    select: { id: true, workspaceId: true, clientId: true, zohoUserId: true, orgWide: true },
  });

const alerts = (workspaceId: string, type: string) =>
  prisma.alert.findMany({ where: { workspaceId, type }, orderBy: { createdAt: "asc" }, select: { dedupeKey: true, payload: true } });
const deliveries = (workspaceId: string, type: string) => prisma.webhookDelivery.count({ where: { workspaceId, eventType: type } });
type Payload = {
  data: {
    grant: { id: string } | null;
    client: { id: string; label: string } | null;
    reason: string;
    url: string;
    zohoError: string | null;
  };
};
const data = (a: { payload: unknown }) => (a.payload as Payload).data;

describe("grant.stale", () => {
  it("alerts each grant idle past the workspace's threshold once; a use re-arms it", async () => {
    const w = await workspace("stale", { staleGrantDays: 90 });
    const used = await grant(w, { lastUsedAt: at(-100 * DAY), createdAt: at(-200 * DAY), label: "Old sync" });
    const never = await grant(w, { createdAt: at(-91 * DAY) });
    const recent = await grant(w, { lastUsedAt: at(-10 * DAY), createdAt: at(-200 * DAY) });
    const young = await grant(w, { createdAt: at(-89 * DAY) });
    await grant(w, { createdAt: at(-300 * DAY), status: "REVOKED" });

    await sweepAlerts(db, t0);
    await sweepAlerts(db, at(MIN));
    const first = await alerts(w.workspaceId, "grant.stale");
    expect(first.map((a) => data(a).grant?.id).sort()).toEqual([used.id, never.id].sort());
    expect(first.map((a) => a.dedupeKey).sort()).toEqual(
      [`grant.stale:${never.id}:never`, `grant.stale:${used.id}:${at(-100 * DAY).toISOString()}`].sort(),
    );
    expect(await deliveries(w.workspaceId, "grant.stale")).toBe(2);
    const old = first.find((a) => data(a).grant?.id === used.id)!;
    expect(data(old).reason).toMatch(/^Not used for 100 days \(last used 2026-08-23\); the workspace calls a grant stale after 90\./);
    expect(new URL(data(old).url).pathname).toBe(`/w/stale/grants/${used.id}`);

    // Used again (what the usage batch writes: lib/grants/record-grant-use.ts), then idle for 91 days.
    await prisma.grant.update({ where: { id: used.id }, data: { lastUsedAt: at(HOUR), staleAlertedAt: null } });
    await sweepAlerts(db, at(2 * HOUR));
    expect(await alerts(w.workspaceId, "grant.stale")).toHaveLength(2);
    await sweepAlerts(db, at(HOUR + 91 * DAY));
    const later = await alerts(w.workspaceId, "grant.stale");
    // The re-armed grant, `recent` (now 101 days idle) and `young` (180 days); the never-used one not again.
    expect(
      later
        .slice(2)
        .map((a) => data(a).grant?.id)
        .sort(),
    ).toEqual([used.id, recent.id, young.id].sort());
    expect(await deliveries(w.workspaceId, "grant.stale")).toBe(5);
  });
});

describe("apikey.expiring", () => {
  it("alerts 7 days and 1 day before, once each; a key with less than a day left gets only the 1-day one", async () => {
    const w = await workspace("keys");
    const key = (name: string, expiresAt: Date | null, revokedAt: Date | null = null) =>
      prisma.apiKey.create({
        data: {
          workspaceId: w.workspaceId,
          name,
          prefix: randomBytes(6).toString("hex"),
          hash: "h",
          expiresAt,
          revokedAt,
          createdById: userId,
        },
      });
    const weekly = await key("CRM sync", at(6 * DAY));
    const soon = await key("Nightly", at(12 * HOUR));
    await key("Far", at(30 * DAY));
    await key("Forever", null);
    await key("Revoked", at(2 * DAY), t0);
    await key("Expired", at(-HOUR));

    await sweepAlerts(db, t0);
    await sweepAlerts(db, at(MIN));
    expect((await alerts(w.workspaceId, "apikey.expiring")).map((a) => a.dedupeKey).sort()).toEqual(
      [`apikey.expiring:${weekly.id}:7d`, `apikey.expiring:${soon.id}:1d`].sort(),
    );
    await sweepAlerts(db, at(5 * DAY + 1));
    await sweepAlerts(db, at(5 * DAY + HOUR));
    const all = await alerts(w.workspaceId, "apikey.expiring");
    expect(all.map((a) => a.dedupeKey)).toContain(`apikey.expiring:${weekly.id}:1d`);
    expect(all).toHaveLength(3);
    expect(await deliveries(w.workspaceId, "apikey.expiring")).toBe(3);
    const text = JSON.stringify(all);
    expect(text).toContain(`zoc_${weekly.prefix}_…`);
    expect(data(all[0]).reason).toMatch(/^The API key “(CRM sync|Nightly)”/);
    expect(new URL(data(all[0]).url).pathname).toBe("/w/keys/settings/api-keys");
  });
});

describe("client.secret_rotation_pending", () => {
  it("alerts a rotation open over 24 hours, once", async () => {
    const w = await workspace("rotation");
    await prisma.oAuthClient.update({
      where: { id: w.clientId },
      data: { pendingSecretCipher: "sealed", pendingSecretLast4: "abcd", pendingSecretSince: at(-23 * HOUR) },
    });
    await sweepAlerts(db, t0);
    expect(await alerts(w.workspaceId, "client.secret_rotation_pending")).toHaveLength(0);
    await sweepAlerts(db, at(HOUR + 1));
    await sweepAlerts(db, at(2 * HOUR));
    const [alert, ...more] = await alerts(w.workspaceId, "client.secret_rotation_pending");
    expect(more).toHaveLength(0);
    expect(data(alert).client).toEqual({ id: w.clientId, label: "rotation app" });
    expect(data(alert).reason).not.toContain("abcd");
    expect(await deliveries(w.workspaceId, "client.secret_rotation_pending")).toBe(1);
  });
});

describe("callback.failed", () => {
  it("one alert per client per closed 10-minute window, with the count; not for no_secret, state_reused or no workspace", async () => {
    const w = await workspace("callbacks");
    const other = await prisma.oAuthClient.create({
      data: { workspaceId: w.workspaceId, name: "Other app", zohoClientId: "1000.other", homeDc: "us", createdById: userId },
    });
    const cb = (
      clientId: string | null,
      outcome: string,
      receivedAt: Date,
      error: string | null = null,
      workspaceId: string | null = w.workspaceId,
    ) => prisma.callbackEvent.create({ data: { workspaceId, clientId, outcome: outcome as "rejected", receivedAt, error, params: {} } });
    // t0 is 12:03: the window 11:50–12:00 is closed (and past its grace at 12:03); 12:00–12:10 is open.
    const closed = new Date("2026-12-01T11:52:00Z");
    await cb(w.clientId, "exchange_failed", closed, "invalid_client");
    await cb(w.clientId, "exchange_failed", new Date("2026-12-01T11:59:59Z"), "invalid_client");
    await cb(w.clientId, "rejected", closed, "access_denied");
    await cb(w.clientId, "no_secret", closed);
    await cb(w.clientId, "state_reused", closed);
    await cb(w.clientId, "grant_created", closed);
    await cb(null, "unknown_state", closed, null, null);
    await cb(other.id, "zoho_error", new Date("2026-12-01T11:40:00Z"), "invalid_scope");
    await cb(w.clientId, "exchange_failed", new Date("2026-12-01T12:01:00Z"), "invalid_client");

    await sweepAlerts(db, t0);
    await sweepAlerts(db, at(MIN));
    const first = await alerts(w.workspaceId, "callback.failed");
    expect(first.map((a) => a.dedupeKey).sort()).toEqual(
      [`callback.failed:${w.clientId}:2026-12-01T11:50:00.000Z`, `callback.failed:${other.id}:2026-12-01T11:40:00.000Z`].sort(),
    );
    const mine = data(first.find((a) => a.dedupeKey!.includes(w.clientId))!);
    expect(mine.reason).toMatch(
      /^3 callbacks failed between 2026-12-01T11:50:00.000Z and 2026-12-01T12:00:00.000Z: 2 × the code exchange failed \(exchange_failed\), 1 × /,
    );
    expect(mine.zohoError).toBe("invalid_client");
    expect(mine.client).toEqual({ id: w.clientId, label: "callbacks app" });
    expect(new URL(mine.url).pathname + new URL(mine.url).search).toBe(`/w/callbacks/callbacks?client=${w.clientId}`);
    // The open window is alerted once it has closed and its grace passed (12:12).
    await sweepAlerts(db, new Date("2026-12-01T12:11:00Z"));
    expect(await alerts(w.workspaceId, "callback.failed")).toHaveLength(2);
    await sweepAlerts(db, new Date("2026-12-01T12:12:00Z"));
    await sweepAlerts(db, new Date("2026-12-01T12:13:00Z"));
    expect(await alerts(w.workspaceId, "callback.failed")).toHaveLength(3);
    expect(await deliveries(w.workspaceId, "callback.failed")).toBe(3);
  });
});

describe("grant.near_cap and grant.near_token_limit, in their cause's transaction", () => {
  it("near_cap: once, for the grant that brings the user to the warning threshold; org-wide grants do not count", async () => {
    const w = await workspace("cap", { warnRefreshTokensPerUser: 3 });
    const user = { zohoUserId: "700001", zohoUserEmail: "ana@example.com" };
    const made: string[] = [];
    for (const extra of [{}, { orgWide: true }, {}, {}, {}]) {
      const g = await grant(w, { ...user, ...extra });
      await prisma.$transaction((tx) => emitNearCap(tx as never, g));
      made.push(g.id);
    }
    const got = await alerts(w.workspaceId, "grant.near_cap");
    expect(got.map((a) => data(a).grant?.id)).toEqual([made[3]]);
    expect(data(got[0]).reason).toMatch(
      /^This Zoho user now holds 3 active refresh tokens for the client \(warning from 3\)\. Zoho keeps at most 20/,
    );
    // Below the threshold again (two revoked), then crossing again: a second alert.
    await prisma.grant.updateMany({ where: { id: { in: [made[0], made[2]] } }, data: { status: "REVOKED" } });
    const again = await grant(w, user);
    await prisma.$transaction((tx) => emitNearCap(tx as never, again));
    expect((await alerts(w.workspaceId, "grant.near_cap")).map((a) => data(a).grant?.id)).toEqual([made[3], again.id]);
    expect(await deliveries(w.workspaceId, "grant.near_cap")).toBe(2);
  });

  it("near_token_limit: once when a refresh crosses 70 % of the budget, once per 10-minute window", async () => {
    const w = await workspace("budget");
    const g = await grant(w);
    const refresh = async (now: Date) => {
      const before = await prisma.grantRefresh.count({ where: { grantId: g.id, at: { gt: new Date(now.getTime() - 10 * MIN) } } });
      await prisma.grantRefresh.create({ data: { grantId: g.id, ok: true, trigger: "test", at: now } });
      await prisma.$transaction((tx) => emitNearTokenLimit(tx as never, g, { refreshes: before + 1, limit: 4, now }));
    };
    for (let i = 0; i < 4; i++) await refresh(new Date(Date.now() - 60_000 + i * 1000));
    const got = await alerts(w.workspaceId, "grant.near_token_limit");
    expect(got).toHaveLength(1);
    expect(data(got[0]).reason).toMatch(/^3 of the 4 access tokens Zoho allows per refresh token in 10 minutes were used\./);
    expect(await deliveries(w.workspaceId, "grant.near_token_limit")).toBe(1);
  });
});

describe("at 100,000 grants", () => {
  it("the sweep's statements stay on their indexes (what a sweep with nothing to do costs is printed)", async () => {
    const w = await workspace("big", { staleGrantDays: 90 });
    // 100,000 grants used within the last 80 days (none stale), and 30,000 callbacks over 30 days.
    await prisma.$executeRawUnsafe(`
      INSERT INTO "Grant" ("id", "workspaceId", "clientId", "location", "accountsServer", "apiDomain", "scopes", "createdById", "createdAt", "lastUsedAt", "zohoUserId")
      SELECT 'big' || i, '${w.workspaceId}', '${w.clientId}', 'eu', 'https://accounts.zoho.eu', 'https://www.zohoapis.eu', ARRAY['ZohoCRM.modules.ALL'],
        '${userId}', now() - interval '200 days', now() - (i % 80) * interval '1 day', (i % 5000)::text
      FROM generate_series(1, 100000) AS i`);
    await prisma.$executeRawUnsafe(`
      INSERT INTO "CallbackEvent" ("id", "workspaceId", "clientId", "outcome", "params", "receivedAt")
      SELECT 'cb' || i, '${w.workspaceId}', '${w.clientId}', (ARRAY['grant_created', 'exchange_failed', 'rejected'])[1 + i % 3]::"CallbackOutcome", '{}',
        now() - i * interval '86 seconds'
      FROM generate_series(1, 30000) AS i`);
    await prisma.$executeRawUnsafe(`ANALYZE`);
    // The first sweep alerts the last hour's windows of failed callbacks; the next finds nothing new to do.
    const now = new Date();
    expect(await sweepAlerts(db, now)).toBeGreaterThan(0);
    const times: number[] = [];
    for (let i = 1; i <= 5; i++) {
      captured.length = 0;
      const started = performance.now();
      expect(await sweepAlerts(db, new Date(now.getTime() + i * 1000))).toBe(0);
      times.push(performance.now() - started);
    }
    const ms = times.sort((a, b) => a - b)[2];
    const statements = captured.filter((c) => /^(SELECT|UPDATE|WITH)/i.test(c.query.trim()));
    expect(statements.length).toBeGreaterThanOrEqual(4);
    const plans: string[] = [];
    for (const { query, params } of statements) {
      const plan = await prisma.$queryRawUnsafe<Record<string, string>[]>(`EXPLAIN ${query}`, ...params);
      plans.push(`${query}\n${plan.map((row) => Object.values(row)[0]).join("\n")}`);
    }
    const text = plans.join("\n\n");
    expect(text, text).not.toMatch(/Seq Scan on "Grant"/);
    expect(text, text).not.toMatch(/Seq Scan on "CallbackEvent"/);
    expect(text, text).toMatch(/Grant_stale_alert_idx/);
    console.log(`alert sweep with nothing to do at 100,000 grants and 30,000 callbacks: ${ms.toFixed(0)} ms (median of 5)`);

    // The emitters' own reads in a cause's transaction: near_cap's count by (client, user).
    captured.length = 0;
    const g = await prisma.grant.findUniqueOrThrow({
      where: { id: "big7" },
      select: { id: true, workspaceId: true, clientId: true, zohoUserId: true, orgWide: true },
    });
    await prisma.$transaction((tx) => emitNearCap(tx as never, g));
    const count = captured.find((c) => /COUNT/i.test(c.query))!;
    const plan = (await prisma.$queryRawUnsafe<Record<string, string>[]>(`EXPLAIN ${count.query}`, ...count.params))
      .map((r) => Object.values(r)[0])
      .join("\n");
    expect(plan, plan).not.toMatch(/Seq Scan on "Grant"/);
  }, 180_000);
});
