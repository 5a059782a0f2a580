import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { newState } from "./console-authorize";
import { obtainCode } from "./sandbox";
import { locationOf, Session } from "./session";

// GET /oauth/callback against the running console and its sandbox: every answer is clear, every
// hit is recorded, and nothing is exchanged where it must not be.
const seeded = inject("seeded");
const owner = new Session();
const admin = new Session(); // starts the authorization whose callback comes back in the owner's browser
// Each state is a fresh authorization of the owner's, started with the console's Authorize form.
const nextState = () => newState(owner);

type Result = { outcome: string; html: string; url: string };

async function callback(params: Record<string, string>, session: Session = owner): Promise<Result> {
  const response = await session.fetch(`/oauth/callback?${new URLSearchParams(params)}`);
  expect(response.status).toBe(303);
  const url = locationOf(response);
  expect(url).toMatch(/\/oauth\/result\/\w+$/);
  const page = await session.fetch(url);
  expect(page.status).toBe(200);
  const html = await page.text();
  const outcome = /data-outcome="([a-z_]+)"/.exec(html)?.[1] ?? "none";
  return { outcome, html, url };
}

const sandboxServer = (location: string) => `${owner.baseUrl}/sandbox/${location}`;

const sandboxControl = (body: object) =>
  owner.fetch(`/sandbox/control?workspace=${seeded.slug}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });

beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  await admin.signIn(seeded.members.ADMIN.email, seeded.password);
  // Other files may have spent this client's 10 grant codes of the last 10 minutes.
  await sandboxControl({ codeLimit: 1000 });
});
afterAll(() => sandboxControl({ reset: true }));

describe("a good callback", () => {
  it("exchanges the code at the sandbox's EU accounts server and stores the grant", async () => {
    const state = await nextState();
    const code = await obtainCode(owner, { state, userEmail: "emma.schmidt@sandbox.zoho.test" });
    const result = await callback({ code: code.code, location: code.location, "accounts-server": code.accountsServer, state });
    expect(result.outcome).toBe("grant_created");
    expect(code.location).toBe("eu");
    expect(result.html).not.toContain(code.code);
    const grants = await (await owner.fetch(`/w/${seeded.slug}/grants`)).text();
    expect(grants).toContain(sandboxServer("eu"));
    expect(grants).toContain("emma.schmidt@sandbox.zoho.test");
    expect(grants).not.toContain(code.code);
  });
});

describe("callbacks that must be refused, each recorded with a clear answer", () => {
  it("reused state: the second arrival of the same redirect", async () => {
    const state = await nextState();
    const code = await obtainCode(owner, { state, userEmail: "ava.carter@sandbox.zoho.test" });
    const params = { code: code.code, location: code.location, "accounts-server": code.accountsServer, state };
    expect((await callback(params)).outcome).toBe("grant_created");
    const again = await callback(params);
    expect(again.outcome).toBe("state_reused");
    expect(again.html).toContain("already used");
  });

  it("a code exchanged twice: Zoho's invalid_code, explained", async () => {
    const first = await nextState();
    const code = await obtainCode(owner, { state: first, userEmail: "ava.carter@sandbox.zoho.test" });
    const params = { code: code.code, location: code.location, "accounts-server": code.accountsServer };
    expect((await callback({ ...params, state: first })).outcome).toBe("grant_created");
    const second = await callback({ ...params, state: await nextState() });
    expect(second.outcome).toBe("exchange_failed");
    expect(second.html).toContain("invalid_code");
    expect(second.html).toContain("already exchanged");
  });

  it("expired state", async () => {
    const result = await callback({ code: "1000.x.y", location: "us", "accounts-server": sandboxServer("us"), state: seeded.expiredState });
    expect(result.outcome).toBe("state_expired");
    expect(result.html).toContain("more than 10 minutes");
  });

  it("unknown state", async () => {
    const result = await callback({
      code: "1000.x.y",
      location: "us",
      "accounts-server": sandboxServer("us"),
      state: "made-up-state-value",
    });
    expect(result.outcome).toBe("unknown_state");
  });

  it("no state at all", async () => {
    expect((await callback({ code: "1000.x.y", location: "us", "accounts-server": sandboxServer("us") })).outcome).toBe("missing_state");
  });

  it("missing code", async () => {
    const result = await callback({ location: "us", "accounts-server": sandboxServer("us"), state: await nextState() });
    expect(result.outcome).toBe("missing_code");
  });

  it("the user pressed Reject", async () => {
    expect((await callback({ error: "access_denied", state: await nextState() })).outcome).toBe("rejected");
  });

  it("a state started by another console user", async () => {
    const result = await callback({
      code: "1000.x.y",
      location: "us",
      "accounts-server": sandboxServer("us"),
      state: await newState(admin),
    });
    expect(result.outcome).toBe("wrong_user");
  });

  it("location and accounts server disagree", async () => {
    const state = await nextState();
    const code = await obtainCode(owner, { state, userEmail: "emma.schmidt@sandbox.zoho.test" });
    const result = await callback({ code: code.code, location: "us", "accounts-server": code.accountsServer, state });
    expect(result.outcome).toBe("location_mismatch");
  });

  describe("an accounts-server outside the allowed list", () => {
    const hits: string[] = [];
    const listener = http.createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ access_token: "stolen", api_domain: "x", expires_in: 3600 }));
    });
    let attacker = "";
    beforeAll(async () => {
      await new Promise<void>((resolve) => listener.listen(0, "127.0.0.1", resolve));
      attacker = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => listener.close(() => resolve())));

    it.each([
      ["a loopback listener", () => attacker],
      ["a look-alike host", () => "https://accounts.zoho.eu.attacker.test"],
      ["a sandbox path on another origin", () => `${attacker}/sandbox/eu`],
      ["real Zoho for a sandbox client", () => "https://accounts.zoho.eu"],
    ])("is refused without a token request: %s", async (_, server) => {
      const state = await nextState();
      const code = await obtainCode(owner, { state, userEmail: "emma.schmidt@sandbox.zoho.test" });
      const result = await callback({ code: code.code, location: "eu", "accounts-server": server(), state });
      expect(result.outcome).toBe("accounts_server_not_allowed");
      expect(result.html).toContain("mix-up");
      expect(hits).toEqual([]);
    });
  });
});

describe("who may see a callback", () => {
  it("workspace callbacks are listed for members with their outcomes", async () => {
    const html = await (await owner.fetch(`/w/${seeded.slug}/callbacks`)).text();
    for (const outcome of [
      "grant_created",
      "state_reused",
      "exchange_failed",
      "state_expired",
      "rejected",
      "accounts_server_not_allowed",
    ]) {
      expect(html).toContain(`data-outcome="${outcome}"`);
    }
  });

  it("a member of another workspace learns only that it did not complete, and gets 404 for the pages", async () => {
    const state = await nextState();
    const { url } = await callback({ error: "access_denied", state });
    const other = await new Session().signIn(seeded.other.email, seeded.other.password);
    const result = await other.fetch(url);
    const html = await result.text();
    expect(result.status).toBe(200);
    expect(html).toContain("Authorization not completed");
    expect(html).not.toContain("data-outcome");
    expect(html).not.toContain("access_denied");
    expect((await other.fetch(`/w/${seeded.slug}/grants`)).status).toBe(404);
    expect((await other.fetch(`/w/${seeded.slug}/callbacks`)).status).toBe(404);
  });
});

describe("a client's own callback path, for flows started outside the console", () => {
  it("records, exchanges without a state of the console's, and the live feed shows it", async () => {
    const clientPage = await (await owner.fetch(`/w/${seeded.slug}/clients/${seeded.clientId}`)).text();
    const callbackUrl = /data-testid="client-callback-url">([^<]+)</.exec(clientPage)?.[1];
    expect(callbackUrl).toMatch(/\/oauth\/callback\/[\w-]+$/);
    const since = new Date().toISOString();
    // The team's own app registered this URL at Zoho (here: at the sandbox, see seed.ts) and ran its own flow.
    const code = await obtainCode(owner, {
      state: "app-state-not-the-consoles",
      userEmail: "ava.carter@sandbox.zoho.test",
      redirectUri: callbackUrl!,
    });
    const response = await owner.fetch(
      `${callbackUrl}?${new URLSearchParams({ code: code.code, location: code.location, "accounts-server": code.accountsServer, state: "app-state-not-the-consoles" })}`,
    );
    expect(response.status).toBe(303);
    const result = await (await owner.fetch(locationOf(response))).text();
    expect(/data-outcome="([a-z_]+)"/.exec(result)?.[1]).toBe("grant_created");

    const feed = await owner.fetch(`/w/${seeded.slug}/callbacks/feed?after=${encodeURIComponent(since)}`);
    const { callbacks } = await feed.json();
    expect(callbacks.map((c: { outcome: string }) => c.outcome)).toContain("grant_created");
    expect((await new Session().fetch(`/w/${seeded.slug}/callbacks/feed?after=${encodeURIComponent(since)}`)).status).toBe(404);
  });

  it("an unknown client key is recorded and explained", async () => {
    const response = await owner.fetch(`/oauth/callback/not-a-key?code=1000.x.y&location=us`);
    const html = await (await owner.fetch(locationOf(response))).text();
    expect(/data-outcome="([a-z_]+)"/.exec(html)?.[1]).toBe("unknown_client");
  });
});
