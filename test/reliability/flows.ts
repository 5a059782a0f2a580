// What the scenarios do over HTTP (consent at the sandbox, callbacks, the token API, fault controls)
// and what they check afterwards, straight from the database.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { openDb } from "../../scripts/open-db";
import { createKeyring, decrypt } from "../../lib/crypto/envelope";
import { OUTCOMES } from "../../lib/callbacks/outcomes";
import { obtainCode } from "../integration/sandbox";
import { Session } from "../integration/session";
import { ConsoleProcess, consoleEnv, type ConsoleEnv } from "../console-process";
import { RELIABILITY_OWNER, type Seeded } from "./seed";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const USERS = [
  "ava.carter@sandbox.zoho.test",
  "emma.schmidt@sandbox.zoho.test",
  "priya.raman@sandbox.zoho.test",
  "jack.wilson@sandbox.zoho.test",
  "haruto.sato@sandbox.zoho.test",
  "chloe.tremblay@sandbox.zoho.test",
  "oliver.hughes@sandbox.zoho.test",
  "noura.alharbi@sandbox.zoho.test",
];

// The sandbox's fault controls and stats act for a workspace, so they need a signed-in console user:
// the scenario's owner, signed in once per console address. `origin` is the console's public origin
// (APP_URL) when it has one: a browser's POST carries it as Origin.
const owners = new Map<string, Promise<Session>>();
function ownerAt(baseUrl: string, origin = baseUrl): Promise<Session> {
  const key = `${baseUrl} ${origin}`;
  if (!owners.has(key)) owners.set(key, new Session(baseUrl, origin).signIn(RELIABILITY_OWNER.email, RELIABILITY_OWNER.password));
  return owners.get(key)!;
}

export async function setFaults(baseUrl: string, body: object, origin = baseUrl) {
  const owner = await ownerAt(baseUrl, origin);
  const res = await owner.fetch("/sandbox/control", {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
  if (res.status !== 200) throw new Error(`sandbox control: HTTP ${res.status} ${await res.text()}`);
}

export async function readFaults(baseUrl: string, origin = baseUrl): Promise<Record<string, unknown>> {
  return (await (await ownerAt(baseUrl, origin)).fetch("/sandbox/control")).json();
}

export type Stats = { codes: number; refresh_tokens: number; active_refresh_tokens: number; access_tokens: number };
export async function sandboxStats(baseUrl: string, zohoClientId: string, origin = baseUrl): Promise<Stats> {
  return (await (await ownerAt(baseUrl, origin)).fetch(`/sandbox/control/stats?client_id=${zohoClientId}`)).json();
}

export type Code = { code: string; state: string; location: string; accountsServer: string };

/** Consent at the sandbox for each state (users spread over data centres and over Zoho's 20-token cap). */
export async function obtainCodes(session: Session, seeded: Seeded, client: string, states: string[]): Promise<Code[]> {
  const codes: Code[] = [];
  for (const [i, state] of states.entries()) {
    const got = await obtainCode(session, {
      state,
      userEmail: USERS[i % USERS.length],
      zohoClientId: seeded.clients[client].zohoClientId,
      redirectUri: seeded.redirectUri,
    });
    codes.push({ code: got.code, state, location: got.location, accountsServer: got.accountsServer });
  }
  return codes;
}

/** Delivers a code to a console's /oauth/callback as the browser would. Returns the HTTP status and the result page's id. */
export async function deliver(session: Session, code: Code, baseUrl = session.baseUrl) {
  const query = new URLSearchParams({
    code: code.code,
    location: code.location,
    "accounts-server": code.accountsServer,
    state: code.state,
  });
  const res = await session.fetch(`${baseUrl}/oauth/callback?${query}`);
  const location = res.headers.get("location");
  return {
    status: res.status,
    resultId: location ? (/\/oauth\/result\/([^/?#]+)/.exec(location)?.[1] ?? null) : null,
    body: location ? "" : await res.text(),
  };
}

export function tokenApi(baseUrl: string, apiKey: string, grantId: string) {
  return fetch(`${baseUrl}/api/v1/grants/${grantId}/access-token`, { headers: { authorization: `Bearer ${apiKey}` } });
}

/** Stack traces or framework error pages must never reach a client. */
export const looksLikeStackTrace = (body: string) =>
  /\n\s+at [\w.<>]+ \(|node_modules\/|Error: .*\n\s+at |PrismaClient|ECONNREFUSED/.test(body);

export type Figures = Record<string, unknown>;
export function printFigures(title: string, figures: Figures) {
  console.log(
    `\n[reliability] ${title}\n${Object.entries(figures)
      .map(([k, v]) => `  ${k}: ${typeof v === "object" ? JSON.stringify(v) : v}`)
      .join("\n")}`,
  );
}

/**
 * The invariants, from the database, for the given console clients:
 * - every callback has an outcome (a known one; "received" only while it may still be in flight);
 * - a grant exists exactly for the grant_created callbacks, one each, and failed callbacks link none;
 * - no code was exchanged twice: every grant's refresh token is a distinct token the sandbox issued
 *   for one redeemed code, and no callback met invalid_code (the sandbox's answer to a reused code).
 */
export async function checkInvariants(databaseUrl: string, encryptionKey: string, clientIds: string[], { allowReceived = false } = {}) {
  const { db, close } = await openDb(databaseUrl);
  try {
    const clients = await db.oAuthClient.findMany({ where: { id: { in: clientIds } }, select: { id: true, zohoClientId: true } });
    const zohoIds = clients.map((c) => c.zohoClientId);
    // Every callback in the scenario's database: the ones tied to no client too (a state that matched
    // nothing) — a callback cut short must still be linked to its client.
    const callbacks = await db.callbackEvent.findMany({
      select: {
        id: true,
        clientId: true,
        authRequestId: true,
        outcome: true,
        grantId: true,
        error: true,
        diagnosis: true,
        exchange: true,
        receivedAt: true,
      },
    });
    const consumed = await db.authRequest.findMany({
      where: { clientId: { in: clientIds }, consumedAt: { not: null } },
      select: { id: true },
    });
    const grants = await db.grant.findMany({
      where: { clientId: { in: clientIds } },
      select: { id: true, refreshCipher: true, status: true },
    });
    const codes = await db.sandboxCode.findMany({ where: { clientId: { in: zohoIds } }, select: { usedAt: true } });
    const refreshTokens = await db.sandboxRefreshToken.findMany({ where: { clientId: { in: zohoIds } }, select: { tokenHash: true } });
    const auditCreated = await db.auditEvent.count({ where: { action: "grant.created", targetId: { in: grants.map((g) => g.id) } } });

    const outcomes: Record<string, number> = {};
    for (const c of callbacks) outcomes[c.outcome] = (outcomes[c.outcome] ?? 0) + 1;
    for (const c of callbacks) expect(OUTCOMES, `callback ${c.id}`).toContain(c.outcome);
    const received = callbacks.filter((c) => c.outcome === "received");
    if (!allowReceived)
      expect(
        received.map((c) => c.id),
        "callbacks left without an outcome",
      ).toEqual([]);

    // A callback tied to no client is one cut before it claimed its state (the state stays unspent).
    const unlinked = callbacks.filter((c) => !c.clientId);
    expect(
      unlinked.filter((c) => !["interrupted", "received"].includes(c.outcome)).map((c) => c.outcome),
      "callbacks tied to no client",
    ).toEqual([]);
    // Each consumed authorization request belongs to exactly one callback (the one that claimed its state).
    const claimed = callbacks
      .filter((c) => c.authRequestId && !["state_reused", "state_expired", "wrong_user"].includes(c.outcome))
      .map((c) => c.authRequestId);
    expect(claimed.sort(), "one callback per consumed state").toEqual(consumed.map((r) => r.id).sort());

    const created = callbacks.filter((c) => c.outcome === "grant_created");
    const linked = created.map((c) => c.grantId);
    expect(linked.every(Boolean), "a grant_created callback without its grant").toBe(true);
    expect(new Set(linked).size, "two callbacks linked to one grant").toBe(linked.length);
    expect(grants.map((g) => g.id).sort(), "grants are exactly those of grant_created callbacks").toEqual([...linked].sort());
    expect(
      callbacks.filter((c) => c.outcome !== "grant_created" && c.grantId),
      "a failed callback linked to a grant",
    ).toEqual([]);
    expect(auditCreated, "one grant.created audit event per grant").toBe(grants.length);
    // Failed exchanges say why, in words.
    for (const c of callbacks.filter((c) => ["exchange_failed", "zoho_unreachable"].includes(c.outcome)))
      expect(c.diagnosis, `callback ${c.id}`).toMatch(/\w{3,}/);

    const ring = createKeyring(encryptionKey);
    const issued = new Set(refreshTokens.map((t) => t.tokenHash));
    const grantTokens = grants.map((g) => createHash("sha256").update(decrypt(g.refreshCipher!, ring)).digest("hex"));
    expect(
      grantTokens.every((h) => issued.has(h)),
      "a grant's refresh token the sandbox never issued",
    ).toBe(true);
    expect(new Set(grantTokens).size, "two grants from one exchange").toBe(grantTokens.length);
    const redeemed = codes.filter((c) => c.usedAt).length;
    expect(refreshTokens.length, "one refresh token per redeemed code").toBe(redeemed);
    const reused = callbacks.filter((c) => (c.exchange as { error?: string } | null)?.error === "invalid_code");
    expect(reused.length, "codes sent to Zoho twice (invalid_code answers)").toBe(0);

    return {
      callbacks: callbacks.length,
      outcomes,
      grants: grants.length,
      codesIssued: codes.length,
      codesRedeemed: redeemed,
      // Redeemed at the sandbox but never stored: the process died (or gave up) after Zoho answered.
      redeemedWithoutGrant: redeemed - grants.length,
      stillReceived: received.length,
      cutBeforeClaimingState: unlinked.length,
    };
  } finally {
    await close();
  }
}

export function verifyAudit(databaseUrl: string): string {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/verify-audit.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  expect(result.status, `npm run audit:verify:\n${result.stdout}${result.stderr}`).toBe(0);
  return result.stdout.trim();
}

// These suites deliver dozens of real callbacks from 127.0.0.1 per console process.
export const reliabilityEnv = (databaseUrl: string, settings: Record<string, string> = {}) =>
  consoleEnv(databaseUrl, { CALLBACK_RATE_LIMIT: "1000000", ...settings });

/** A console of the suite's own on a fixed port, logging to .data/reliability/<name>.log (emptied first). */
export function reliabilityConsole(port: number, env: ConsoleEnv, name: string) {
  const log = path.resolve(".data/reliability", `${name}.log`);
  fs.mkdirSync(path.dirname(log), { recursive: true });
  fs.writeFileSync(log, "");
  return new ConsoleProcess(port, env, log);
}
