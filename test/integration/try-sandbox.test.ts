import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../scripts/open-db";
import { createKeyring, decrypt } from "../../lib/crypto/envelope";
import { followCallback } from "./console-authorize";
import { decodeHtml, findForm, submitForm, type HtmlForm } from "./forms";
import { OwnConsole } from "./own-console";
import { rawFetch } from "./raw-fetch";
import { consentAt } from "./sandbox";
import { Session } from "./session";

// Issue 14, a shorter first run: the overview's "Try it with the sandbox" registers one Server-based
// client in the built-in sandbox and in the workspace with one press, and the sandbox console's
// "Register in workspace…" brings a sandbox client in — the secret going from one to the other on the
// server only. On a console of this file's own, so its database can be read afterwards (the secret
// sealed, the sandbox's hash matching it) and its registrations spend no one else's limits.
const KEY = randomBytes(32).toString("base64");
const AVA = "ava.carter@sandbox.zoho.test";
let own: OwnConsole;
let off: OwnConsole | undefined;
let overview = "";
const sessions = {} as Record<"OWNER" | "DEVELOPER" | "VIEWER", Session>;
let tryForm: HtmlForm;
// Every answer the console gave in this file: none may hold a secret (checked against the database at the end).
const answers: string[] = [];
const demo: { id: string; name: string }[] = [];

/** The answer as sent (forms are read from it), kept decoded too for the final secret check. */
const text = async (response: Response) => {
  const body = await response.text();
  answers.push(body, decodeHtml(body));
  return body;
};
const page = async (session: Session, path: string) => text(await session.fetch(path));
/** The words as a person reads them: React's text separators taken out. */
const words = (html: string) => html.replace(/<!-- -->/g, "");

/** The form posted as a browser posts it, with extra request headers (a forger's). */
async function postWith(session: Session, path: string, form: HtmlForm, headers: Record<string, string>) {
  const body = new FormData();
  for (const [name, value] of form.fields) body.append(name, value);
  return session.fetch(path, { method: "POST", body, headers });
}

beforeAll(async () => {
  own = await OwnConsole.create("try-sandbox", { ENCRYPTION_KEY: KEY });
  await own.start();
  overview = `/w/${own.seeded.slug}`;
  sessions.OWNER = await new Session(own.baseUrl).signIn(own.seeded.email, own.seeded.password);
  for (const role of ["DEVELOPER", "VIEWER"] as const)
    sessions[role] = await new Session(own.baseUrl).signIn(own.seeded.members[role].email, own.seeded.password);
  tryForm = findForm(await page(sessions.OWNER, overview), "try-sandbox");
}, 180_000);

afterAll(async () => {
  await own?.remove();
  await off?.remove();
});

describe("Try it with the sandbox", () => {
  it("one press: a sandbox client and the same console client, development, with this console's callback; the builder's link", async () => {
    const html = await text(await submitForm(sessions.OWNER, overview, tryForm));
    expect(html).toContain("Sandbox demo is registered in the sandbox and in Integration. Press Authorize next.");
    const id = /\/authorize\?client=([a-z0-9]+)"/.exec(html)?.[1];
    expect(id, "the answer links to the builder for the new client").toBeTruthy();
    demo.push({ id: id!, name: "Sandbox demo" });

    const client = await page(sessions.OWNER, `${overview}/clients/${id}`);
    expect(client).toContain("Sandbox demo");
    expect(client).toContain(`${own.baseUrl}/oauth/callback`);
    expect(client).toMatch(/development/i);
    expect(client).toMatch(/••••[0-9a-f]{4}/);
    const zohoClientId = /1000\.[A-Z0-9]{30}/.exec(client)?.[0];
    const sandbox = await page(sessions.OWNER, `/sandbox/console?workspace=${own.seeded.slug}`);
    expect(sandbox).toContain(zohoClientId);
    expect(words(sandbox)).toMatch(/In Integration as <a[^>]*>Sandbox demo<\/a>/);
  });

  it("a second press makes a second client with a name of its own", async () => {
    const html = await text(await submitForm(sessions.OWNER, overview, tryForm));
    expect(html).toContain("Sandbox demo 2 is registered in the sandbox and in Integration.");
    demo.push({ id: /\/authorize\?client=([a-z0-9]+)"/.exec(html)![1], name: "Sandbox demo 2" });
  });

  it("forged X-Forwarded-Host, Forwarded and X-Forwarded-Proto do not change the redirect URI", async () => {
    const forged = { "x-forwarded-host": "evil.example", forwarded: "host=evil.example;proto=https", "x-forwarded-proto": "https" };
    const html = await text(await postWith(sessions.OWNER, overview, tryForm, forged));
    expect(html).toContain("Sandbox demo 3 is registered");
    const id = /\/authorize\?client=([a-z0-9]+)"/.exec(html)![1];
    demo.push({ id, name: "Sandbox demo 3" });
    const client = await page(sessions.OWNER, `${overview}/clients/${id}`);
    expect(client).toContain(`${own.baseUrl}/oauth/callback`);
    expect(client).not.toContain("evil.example");
    expect(client).not.toContain("https://127.0.0.1");
  });

  it("a forged Host is refused before the action runs (400), and nothing is registered", async () => {
    const body = new FormData();
    for (const [name, value] of tryForm.fields) body.append(name, value);
    const request = new Request(own.baseUrl, { method: "POST", body });
    const response = await rawFetch(`${own.baseUrl}${overview}`, {
      method: "POST",
      headers: {
        host: "evil.example",
        origin: "http://evil.example",
        cookie: sessions.OWNER.cookieHeader(),
        "content-type": request.headers.get("content-type")!,
      },
      body: Buffer.from(await request.arrayBuffer()),
    });
    expect(response.status).toBe(400);
    expect(await page(sessions.OWNER, `${overview}/clients`)).not.toContain("Sandbox demo 4");
  });

  it.each(["DEVELOPER", "VIEWER"] as const)("refused for a %s (no clients:write): 404, nothing registered", async (who) => {
    const html = await page(sessions[who], overview);
    expect(() => findForm(html, "try-sandbox"), "the card offers no button").toThrow();
    expect(html).toContain("Sandbox API console");
    const response = await submitForm(sessions[who], overview, tryForm);
    expect(response.status).toBe(404);
    expect(await page(sessions.OWNER, `${overview}/clients`)).not.toContain("Sandbox demo 4");
  });

  // Last in this block: a grant completes Getting started, which then leaves the overview.
  it("the builder opens on it with its default scopes: Authorize as rendered, Accept, and the grant is stored", async () => {
    const builder = `${overview}/authorize?client=${demo[0].id}`;
    const form = findForm(await page(sessions.OWNER, builder), "start-authorization");
    expect(Object.fromEntries(form.fields)).toMatchObject({
      clientId: demo[0].id,
      scopes: "AaaServer.profile.READ,ZohoCRM.users.READ,ZohoCRM.org.READ",
      redirectUri: `${own.baseUrl}/oauth/callback`,
      accessType: "offline",
    });
    const started = await submitForm(sessions.OWNER, builder, form);
    const authUrl = new URL(started.headers.get("location") ?? "", own.baseUrl);
    expect(authUrl.pathname).toBe("/sandbox/us/oauth/v2/auth");
    const result = await followCallback(sessions.OWNER, await consentAt(sessions.OWNER, authUrl, AVA));
    answers.push(result.html);
    // The exchange used the sealed secret at the sandbox's token endpoint: a wrong one is invalid_client_secret.
    expect(result.outcome).toBe("grant_created");
    expect(await page(sessions.OWNER, `${overview}/grants`)).toContain(AVA);
  });
});

describe("Register in workspace… on the sandbox console", () => {
  let zohoClientId = "";
  let oldSecret = "";
  const consolePage = () => page(sessions.OWNER, `/sandbox/console?workspace=${own.seeded.slug}`);

  it("registers a sandbox client the workspace does not have, with a new secret it never shows", async () => {
    const registered = await sessions.OWNER.fetch(`/sandbox/console/clients?workspace=${own.seeded.slug}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Made at the sandbox", redirectUris: [`${own.baseUrl}/oauth/callback`] }),
    });
    expect(registered.status).toBe(201);
    ({ client_id: zohoClientId, client_secret: oldSecret } = await registered.json());
    const before = await consolePage();
    const row = before.slice(before.indexOf(zohoClientId));
    const form = findForm(row, "sandbox-register-in-workspace");
    const html = await text(await submitForm(sessions.OWNER, `/sandbox/console?workspace=${own.seeded.slug}`, form));
    expect(html).toContain("Made at the sandbox is registered in Integration.");
    const id = /\/w\/integration\/clients\/([a-z0-9]+)"/.exec(html)?.[1];
    expect(id).toBeTruthy();
    demo.push({ id: id!, name: "Made at the sandbox" });
    expect(html).toContain(`/w/integration/authorize?client=${id}`);
    expect(words(await consolePage())).toMatch(/In Integration as <a[^>]*>Made at the sandbox<\/a>/);

    // Its new secret works (the grant below); the one the sandbox showed at registration no longer does.
    const token = await sessions.OWNER.fetch("/sandbox/us/oauth/v2/token", {
      method: "POST",
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: "1000.0.0",
        client_id: zohoClientId,
        client_secret: oldSecret,
      }),
    });
    expect(await token.json()).toMatchObject({ error: "invalid_client_secret" });
    const builder = `${overview}/authorize?client=${id}`;
    const started = await submitForm(sessions.OWNER, builder, findForm(await page(sessions.OWNER, builder), "start-authorization"));
    const result = await followCallback(sessions.OWNER, await consentAt(sessions.OWNER, new URL(started.headers.get("location")!), AVA));
    answers.push(result.html);
    expect(result.outcome).toBe("grant_created");
  });

  it("a second press, and a developer's or viewer's, register nothing more", async () => {
    const html = await consolePage();
    expect(() => findForm(html.slice(html.indexOf(zohoClientId)), "sandbox-register-in-workspace")).toThrow();
    // Replayed from another client's row, by people without clients:write: 404.
    const other = await sessions.OWNER.fetch(`/sandbox/console/clients?workspace=${own.seeded.slug}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Not for developers", redirectUris: [`${own.baseUrl}/oauth/callback`] }),
    });
    const { client_id } = await other.json();
    const fresh = await consolePage();
    const form = findForm(fresh.slice(fresh.indexOf(client_id)), "sandbox-register-in-workspace");
    for (const who of ["DEVELOPER", "VIEWER"] as const) {
      const response = await submitForm(sessions[who], `/sandbox/console?workspace=${own.seeded.slug}`, form);
      expect(response.status, who).toBe(404);
    }
    expect(await page(sessions.OWNER, `${overview}/clients`)).not.toContain("Not for developers");
  });
});

describe("in the database (the console stopped)", () => {
  it("each secret is sealed, the sandbox keeps its hash, and no answer or audit event holds it", async () => {
    await own.stop();
    const { db, close } = await openDb(own.databaseUrl);
    try {
      const ring = createKeyring(KEY);
      for (const { id, name } of demo) {
        const client = await db.oAuthClient.findUniqueOrThrow({
          where: { id },
          select: { name: true, provider: true, environment: true, zohoClientId: true, secretCipher: true, secretLast4: true },
        });
        expect(client).toMatchObject({ name, provider: "SANDBOX", environment: "DEVELOPMENT" });
        const secret = decrypt(client.secretCipher!, ring);
        expect(secret).toMatch(/^[0-9a-f]{42}$/);
        expect(client.secretCipher).not.toContain(secret);
        expect(client.secretLast4).toBe(secret.slice(-4));
        const sandbox = await db.sandboxClient.findUniqueOrThrow({ where: { clientId: client.zohoClientId } });
        expect(sandbox.secretHash).toBe(createHash("sha256").update(secret).digest("hex"));
        for (const answer of answers) expect(answer.includes(secret), `${name}'s secret in an answer`).toBe(false);
        // One registration event each (the authorizations run above add their own, after it).
        const events = await db.auditEvent.findMany({ where: { targetId: id, action: "client.created" } });
        expect(events).toHaveLength(1);
        expect(events[0].data).toMatchObject({ provider: "SANDBOX", type: "SERVER", secretLast4: secret.slice(-4) });
        expect(JSON.stringify(await db.auditEvent.findMany())).not.toContain(secret);
      }
      // Refused presses left nothing behind, here or at the sandbox.
      expect(await db.oAuthClient.count({ where: { name: { startsWith: "Sandbox demo" } } })).toBe(3);
      expect(await db.sandboxClient.count({ where: { name: { startsWith: "Sandbox demo" } } })).toBe(3);
    } finally {
      await close();
    }
  }, 60_000);
});

describe("with the sandbox off (ZOHO_SANDBOX=0)", () => {
  it("the card offers no button, and the press (replayed) is refused in words, registering nothing", async () => {
    off = await OwnConsole.create("try-sandbox-off", { ZOHO_SANDBOX: "0" });
    await off.start();
    const owner = await new Session(off.baseUrl).signIn(off.seeded.email, off.seeded.password);
    const html = await (await owner.fetch(overview)).text();
    expect(() => findForm(html, "try-sandbox")).toThrow();
    // The same build, the same workspace slug: the other console's form names this action.
    const response = await submitForm(owner, overview, tryForm);
    expect(response.status).toBe(200);
    expect(decodeHtml(await response.text())).toContain("The built-in Zoho sandbox is off on this console");
    expect(decodeHtml(await (await owner.fetch(`${overview}/clients`)).text())).not.toContain("Sandbox demo");
  }, 180_000);
});
