import http from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDb } from "../../scripts/open-db";
import { findForm, submitForm } from "../integration/forms";
import { obtainCode } from "../integration/sandbox";
import { Session } from "../integration/session";
import { migrateDatabase, type ConsoleProcess } from "../console-process";
import {
  checkInvariants,
  deliver,
  printFigures,
  readFaults,
  sandboxStats,
  setFaults,
  sleep,
  tokenApi,
  verifyAudit,
  reliabilityConsole,
  reliabilityEnv,
} from "./flows";
import { createDatabase } from "./pg-server";
import { seedReliability, type Seeded } from "./seed";

// Two console instances on one PostgreSQL behind one public origin (APP_URL, here a small round-robin
// proxy, as a load balancer would be): an authorization started on A completes on B, and refreshes
// of one expired grant asked of both at once stay single-flight.
const pg = inject("pg");
const PROXY_PORT = 3406;
const origin = `http://127.0.0.1:${PROXY_PORT}`;
let a: ConsoleProcess;
let b: ConsoleProcess;
let proxy: http.Server;
let seeded: Seeded;
let databaseUrl = "";
const served = { a: 0, b: 0 };

beforeAll(async () => {
  databaseUrl = await createDatabase(pg, "rel_two");
  const env = reliabilityEnv(databaseUrl, { APP_URL: origin });
  await migrateDatabase(env);
  a = reliabilityConsole(3404, env, "two-a");
  b = reliabilityConsole(3405, env, "two-b");
  seeded = await seedReliability({ databaseUrl, encryptionKey: env.ENCRYPTION_KEY, origin, clients: { shared: 0 } });
  await Promise.all([a.start(), b.start()]);
  let next = 0;
  proxy = http.createServer((req, res) => {
    const target = next++ % 2 ? b : a;
    served[target === a ? "a" : "b"]++;
    const upstream = http.request(
      { host: "127.0.0.1", port: target.port, path: req.url, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(PROXY_PORT, "127.0.0.1", resolve));
  await setFaults(a.baseUrl, { reset: true }, origin);
});
afterAll(async () => {
  await new Promise((r) => (proxy ? proxy.close(r) : r(null)));
  await Promise.all([a?.stop(), b?.stop()]);
});

describe("two console instances on one PostgreSQL", () => {
  let grantId = "";
  const figures: Record<string, unknown> = {};

  it("the sandbox's state is shared through the database: faults set on A apply on B", async () => {
    await setFaults(a.baseUrl, { accessTokenTtlSeconds: 1, codeLimit: 1000 }, origin);
    const onB = await readFaults(b.baseUrl, origin);
    expect(onB).toMatchObject({ accessTokenTtlSeconds: 1, codeLimit: 1000 });
  });

  it("an authorization started on instance A completes with the callback arriving at instance B", async () => {
    // Straight to A, as the browser that the proxy happened to send there: its Origin is the public one.
    const session = await new Session(a.baseUrl, origin).signIn(seeded.email, seeded.password);
    const page = `/w/${seeded.slug}/authorize?client=${seeded.clients.shared.id}`;
    const form = findForm(await (await session.fetch(page)).text(), "start-authorization");
    const started = await submitForm(session, page, form, {
      clientId: seeded.clients.shared.id,
      location: "us",
      scopes: "AaaServer.profile.READ ZohoCRM.modules.ALL",
      accessType: "offline",
      promptConsent: "on",
      redirectUri: seeded.redirectUri,
    });
    const authUrl = new URL(started.headers.get("location") ?? started.headers.get("x-action-redirect") ?? "", origin);
    expect(authUrl.origin + authUrl.pathname, `HTTP ${started.status}`).toBe(`${origin}/sandbox/us/oauth/v2/auth`);
    const state = authUrl.searchParams.get("state")!;
    // Consent at the sandbox (through the proxy: either instance), then the browser lands on B.
    const code = await obtainCode(new Session(origin), {
      state,
      userEmail: "ava.carter@sandbox.zoho.test",
      zohoClientId: seeded.clients.shared.zohoClientId,
      redirectUri: seeded.redirectUri,
    });
    expect(code.accountsServer).toBe(`${origin}/sandbox/us`);
    const landed = await deliver(session, { ...code, state }, b.baseUrl);
    expect(landed.status).toBe(303);
    const result = await (await session.fetch(`${b.baseUrl}/oauth/result/${landed.resultId}`)).text();
    expect(result).toContain('data-outcome="grant_created"');
    const { db, close } = await openDb(databaseUrl);
    grantId = (await db.callbackEvent.findUniqueOrThrow({ where: { id: landed.resultId! } }).finally(close)).grantId!;
    expect(grantId).toBeTruthy();
  });

  it("concurrent refreshes of one expired grant across both instances stay single-flight", async () => {
    const rounds: string[] = [];
    // Round 1: the exchange's 1-second token has expired. Later rounds: each 10-second token is
    // due for refresh after 5 s (half its life), so each round waits it out.
    await setFaults(a.baseUrl, { accessTokenTtlSeconds: 10 }, origin);
    await sleep(1100);
    for (let round = 0; round < 3; round++) {
      if (round > 0) await sleep(5200);
      const before = await sandboxStats(b.baseUrl, seeded.clients.shared.zohoClientId, origin);
      const started = performance.now();
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) => tokenApi(i % 2 ? b.baseUrl : a.baseUrl, seeded.apiKey, grantId)),
      );
      const ms = Math.round(performance.now() - started);
      expect(answers.map((r) => r.status)).toEqual(Array(200).fill(200));
      const tokens = new Set((await Promise.all(answers.map((r) => r.json()))).map((j) => j.access_token));
      const after = await sandboxStats(a.baseUrl, seeded.clients.shared.zohoClientId, origin);
      expect(tokens.size).toBe(1);
      expect(after.access_tokens - before.access_tokens).toBe(1);
      rounds.push(`200 requests (100 on A, 100 on B) in ${ms} ms → ${after.access_tokens - before.access_tokens} refresh`);
    }
    figures["single-flight rounds"] = rounds;
  });

  it("a data centre an admin adds on A is known to B within one reload interval (10 s)", async () => {
    const session = await new Session(a.baseUrl, origin).signIn(seeded.email, seeded.password);
    const page = `/w/${seeded.slug}/settings/data-centres`;
    const added = await submitForm(session, page, findForm(await (await session.fetch(page)).text(), "add-data-centre"), {
      location: "xr",
      label: "Xrland",
      accountsServer: "https://accounts.zoho.xr",
      apiDomain: "",
    });
    expect(await added.text()).toContain("Added Xrland (xr)");
    const started = performance.now();
    // B's sandbox serverinfo lists every data centre in B's in-memory table: anonymous, no database read.
    const listedOnB = async () => Boolean((await (await fetch(`${b.baseUrl}/sandbox/oauth/serverinfo`)).json()).locations?.xr);
    while (!(await listedOnB()) && performance.now() - started < 15_000) await sleep(250);
    const ms = Math.round(performance.now() - started);
    expect(await listedOnB(), "B still does not know xr after 15 s").toBe(true);
    figures["data centre added on A, known on B after"] = `${ms} ms (reload interval 10 s)`;
  });

  it("afterwards: the invariants hold and the audit chain verifies", async () => {
    await setFaults(a.baseUrl, { reset: true }, origin);
    const { db, close } = await openDb(databaseUrl);
    const refreshes = await db.grantRefresh.count({ where: { grantId } }).finally(close);
    const invariants = await checkInvariants(databaseUrl, a.env.ENCRYPTION_KEY, [seeded.clients.shared.id]);
    printFigures("two instances, one PostgreSQL", {
      ...figures,
      "refreshes the console logged for the grant": refreshes,
      "proxy requests to A / B": `${served.a} / ${served.b}`,
      ...invariants,
      "audit:verify": verifyAudit(databaseUrl),
    });
    expect(refreshes).toBe(3);
  });
});
