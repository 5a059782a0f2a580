// Webhook delivery as the outbox promises it (issue 17, lib/webhooks/deliver-due.ts): an event written
// in its cause's transaction is delivered even when the console is SIGKILLed before it could send it,
// and two instances on one PostgreSQL database, both claiming with FOR UPDATE SKIP LOCKED every second,
// send each message once. Receivers dedupe on `webhook-id` (Standard Webhooks spec,
// https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md), so a
// duplicate here would be a delivery sent twice, not a retry.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createKeyring, encrypt } from "../../lib/crypto/envelope";
import { openDb } from "../../scripts/open-db";
import { findForm, submitForm } from "../integration/forms";
import { Session } from "../integration/session";
import { migrateDatabase, type ConsoleProcess } from "../console-process";
import { printFigures, reliabilityConsole, reliabilityEnv, sleep } from "./flows";
import { createDatabase } from "./pg-server";
import { seedReliability, type Seeded } from "./seed";

const pg = inject("pg");
const started: ConsoleProcess[] = [];
const receivers: http.Server[] = [];
afterAll(async () => {
  await Promise.all(started.map((c) => c.kill()));
  for (const r of receivers) r.close();
});

/** A receiver on loopback that verifies each request's signature and counts it by webhook-id. */
async function receiver(secret: string, port = 0) {
  const byId = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      new Webhook(secret).verify(Buffer.concat(chunks).toString("utf8"), req.headers as Record<string, string>);
      const id = String(req.headers["webhook-id"]);
      byId.set(id, (byId.get(id) ?? 0) + 1);
      res.writeHead(204).end();
    });
  });
  receivers.push(server);
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return { byId, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, server };
}

/** The scenario's endpoint, written with its database before a console opens it (the secret sealed as the console seals it). */
async function addEndpoint(databaseUrl: string, encryptionKey: string, seeded: Seeded, url: string, secret: string) {
  const { db, close } = await openDb(databaseUrl);
  try {
    const endpoint = await db.webhookEndpoint.create({
      data: {
        workspaceId: seeded.workspaceId,
        url,
        events: ["grant.revoked"],
        secretCipher: encrypt(secret, createKeyring(encryptionKey)),
      },
    });
    return endpoint.id;
  } finally {
    await close();
  }
}

/** "Send test event" on the endpoint's page, as the button posts it. */
async function sendTestEvent(session: Session, slug: string, endpointId: string) {
  const page = `/w/${slug}/settings/webhooks/${endpointId}`;
  const res = await submitForm(session, page, findForm(await (await session.fetch(page)).text(), "send-test-webhook"));
  expect(res.status).toBe(200);
}

async function outbox(databaseUrl: string) {
  const { db, close } = await openDb(databaseUrl);
  try {
    return await db.webhookDelivery.findMany({ select: { msgId: true, status: true, attempts: true } });
  } finally {
    await close();
  }
}

const waitFor = async (what: string, probe: () => boolean, ms = 60_000) => {
  const until = Date.now() + ms;
  while (!probe()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
};

describe("webhook delivery", () => {
  it("SIGKILL between the event and its delivery: delivered once after the restart (PGlite)", async () => {
    const dir = path.resolve(".data/reliability/webhooks-pglite");
    fs.rmSync(dir, { recursive: true, force: true });
    const databaseUrl = `pglite:${dir}/db`;
    const env = reliabilityEnv(databaseUrl, { WEBHOOK_RETRY_SCALE: "0.001" });
    const app = reliabilityConsole(3412, env, "webhooks-pglite");
    started.push(app);
    await migrateDatabase(env);
    const seeded = await seedReliability({ databaseUrl, encryptionKey: env.ENCRYPTION_KEY, origin: app.baseUrl, clients: {} });
    const secret = `whsec_${randomBytes(32).toString("base64")}`;
    // The receiver's port is taken, then closed: every try before the crash is refused.
    const down = await receiver(secret);
    down.server.close();
    const endpointId = await addEndpoint(databaseUrl, env.ENCRYPTION_KEY, seeded, down.url, secret);
    await app.start();
    const session = await new Session(app.baseUrl).signIn(seeded.email, seeded.password);
    await sendTestEvent(session, seeded.slug, endpointId);
    await app.kill("SIGKILL");
    const [row] = await outbox(databaseUrl);
    expect(row.status).toBe("PENDING");

    // The same port, listening now; the console starts again on the same database.
    const up = await receiver(secret, Number(new URL(down.url).port));
    await app.start();
    await waitFor("the delivery after the restart", () => up.byId.size === 1);
    await sleep(2_000);
    expect([...up.byId]).toEqual([[row.msgId, 1]]);
    const [after] = await outbox(databaseUrl);
    expect(after.status).toBe("DELIVERED");
    printFigures("webhook delivered after SIGKILL", { attemptsBeforeCrash: row.attempts, attempts: after.attempts });
    await app.stop();
  });

  it("two instances on PostgreSQL send each of 40 messages exactly once", async () => {
    const databaseUrl = await createDatabase(pg, "webhooks_two");
    const env = reliabilityEnv(databaseUrl);
    const a = reliabilityConsole(3413, env, "webhooks-a");
    const b = reliabilityConsole(3414, env, "webhooks-b");
    started.push(a, b);
    await migrateDatabase(env);
    const seeded = await seedReliability({ databaseUrl, encryptionKey: env.ENCRYPTION_KEY, origin: a.baseUrl, clients: {} });
    const secret = `whsec_${randomBytes(32).toString("base64")}`;
    const hook = await receiver(secret);
    const endpointId = await addEndpoint(databaseUrl, env.ENCRYPTION_KEY, seeded, hook.url, secret);
    await Promise.all([a.start(), b.start()]);
    const sessions = await Promise.all([a, b].map((app) => new Session(app.baseUrl).signIn(seeded.email, seeded.password)));
    // Queued on both instances at once, so both workers find due rows on the same ticks.
    await Promise.all(
      sessions.map(async (session) => {
        for (let i = 0; i < 20; i++) await sendTestEvent(session, seeded.slug, endpointId);
      }),
    );
    await waitFor("40 deliveries", () => hook.byId.size === 40);
    await sleep(3_000);
    const counts = [...hook.byId.values()];
    expect(counts.filter((n) => n !== 1)).toEqual([]);
    const rows = await outbox(databaseUrl);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual(Array.from({ length: 40 }, () => ["DELIVERED", 1]));
    printFigures("two instances, one outbox", { messages: rows.length, requestsReceived: counts.reduce((s, n) => s + n, 0) });
    await Promise.all([a.stop(), b.stop()]);
  });
});
