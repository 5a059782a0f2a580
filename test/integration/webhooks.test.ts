import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeHtml, findForm, findFormAfter, submitForm } from "./forms";
import { OwnConsole } from "./own-console";
import { ownGrant } from "./own-grant";
import { Session } from "./session";

// Alerts by webhook (issue 17), end to end on a console of its own: a real receiver on loopback (the
// sandbox is on, so http://127.0.0.1 is allowed) checks every request with the `standardwebhooks`
// package's own Webhook.verify. WEBHOOK_RETRY_SCALE=0.001 (test only) shrinks the back-off (5 s → 5 ms)
// so a run of retries takes seconds.
type Received = { headers: Record<string, string>; body: string };

let own: OwnConsole;
let owner: Session;
let w = "";
const received: Received[] = [];
let failNext = 0;
let receiver: http.Server;
let receiverUrl = "";

const waitFor = async <T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> => {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};
const ofType = (type: string) => received.filter((r) => JSON.parse(r.body).type === type);

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers as Record<string, string>, body: Buffer.concat(chunks).toString("utf8") });
      if (failNext > 0) {
        failNext--;
        res.writeHead(500, { "content-type": "text/plain" }).end("receiver down " + "x".repeat(3000));
      } else res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  own = await OwnConsole.create("webhooks", { WEBHOOK_RETRY_SCALE: "0.001" });
  await own.start();
  owner = await new Session(own.baseUrl).signIn(own.seeded.email, own.seeded.password);
  w = `/w/${own.seeded.slug}`;
}, 120_000);

afterAll(async () => {
  await own?.remove();
  receiver?.close();
});

const hooksPage = () => `${w}/settings/webhooks`;

async function addEndpoint(url: string, events = "grant.revoked,grant.invalidated,grant.refresh_failed") {
  const form = findForm(await (await owner.fetch(hooksPage())).text(), "create-webhook-endpoint");
  const res = await submitForm(owner, hooksPage(), form, { url, events });
  expect(res.status).toBeLessThan(500);
  return decodeHtml(await res.text());
}

let secret = "";
let endpointPage = "";

describe("webhook endpoints", () => {
  it("adds an endpoint, shows its signing secret once, and lists it", async () => {
    const html = await addEndpoint(receiverUrl);
    secret = /data-testid="new-webhook-secret"[^>]*>([^<]+)</.exec(html)?.[1] ?? "";
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const list = await (await owner.fetch(hooksPage())).text();
    expect(list).toContain(receiverUrl);
    expect(list).not.toContain(secret);
    endpointPage = /href="(\/w\/[^"]+\/settings\/webhooks\/c[a-z0-9]{20,})"/.exec(list)![1];
    expect(await (await owner.fetch(endpointPage)).text()).not.toContain(secret);
  });

  it("sends a signed test event the receiver verifies with standardwebhooks, and logs it", async () => {
    const before = received.length;
    const page = await (await owner.fetch(endpointPage)).text();
    expect((await submitForm(owner, endpointPage, findForm(page, "send-test-webhook"))).status).toBe(200);
    const got = await waitFor("the test event", () => received[before]);
    const payload = new Webhook(secret).verify(got.body, got.headers) as { type: string; data: Record<string, unknown> };
    expect(payload.type).toBe("webhook.test");
    expect(payload.data.workspace).toMatchObject({ slug: own.seeded.slug, name: expect.any(String) });
    expect(got.headers["webhook-id"]).toMatch(/^msg_[A-Za-z0-9_-]+$/);
    // A wrong secret does not verify: the signature really covers the body.
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString("base64")}`).verify(got.body, got.headers)).toThrow();
    const log = await waitFor("the delivered row", async () => {
      const html = await (await owner.fetch(endpointPage)).text();
      return html.includes(`data-msg-id="${got.headers["webhook-id"]}" data-status="DELIVERED"`) ? html : undefined;
    });
    expect(log).toContain("HTTP 204");
  });

  it("a receiver failing 3 times then succeeding gets exactly one delivery, with 4 attempts logged", async () => {
    const before = received.length;
    failNext = 3;
    const page = await (await owner.fetch(endpointPage)).text();
    await submitForm(owner, endpointPage, findForm(page, "send-test-webhook"));
    const html = await waitFor(
      "the retried delivery",
      async () => {
        const text = await (await owner.fetch(endpointPage)).text();
        const id = received[before]?.headers["webhook-id"];
        return id && text.includes(`data-msg-id="${id}" data-status="DELIVERED"`) ? text : undefined;
      },
      30_000,
    );
    await new Promise((r) => setTimeout(r, 1500));
    const tries = received.slice(before);
    expect(tries).toHaveLength(4);
    expect(new Set(tries.map((t) => t.headers["webhook-id"])).size).toBe(1);
    for (const t of tries) expect(() => new Webhook(secret).verify(t.body, t.headers)).not.toThrow();
    const id = tries[0].headers["webhook-id"];
    const row = html.replaceAll("<!-- -->", "").slice(html.replaceAll("<!-- -->", "").indexOf(`data-msg-id="${id}"`));
    const next = row.indexOf('data-testid="webhook-delivery"');
    const card = next > 0 ? row.slice(0, next) : row;
    expect(card).toContain("4 attempts");
    expect(card.match(/data-testid="webhook-attempt"/g)).toHaveLength(4);
    expect(card.match(/HTTP 500/g)).toHaveLength(3);
    // The response snippet is cut at 1 KB.
    expect(card).toContain("receiver down xxx");
    expect(card).not.toContain("x".repeat(1100));
  });

  it("redelivers a delivered message with the same webhook-id", async () => {
    const html = await (await owner.fetch(endpointPage)).text();
    const first = /data-msg-id="(msg_[^"]+)" data-status="DELIVERED"/.exec(html)![1];
    const before = received.length;
    await submitForm(owner, endpointPage, findFormAfter(html, `data-msg-id="${first}"`, "redeliver-webhook"));
    const again = await waitFor("the redelivery", () => received[before]);
    expect(again.headers["webhook-id"]).toBe(first);
  });

  it("refuses hostile URLs at save with a field error, and stores none of them", async () => {
    const hostile = [
      "https://10.0.0.1/hook",
      "https://10.255.0.9/",
      "https://172.16.0.1/",
      "https://172.31.255.1/",
      "https://192.168.1.10/",
      "https://100.64.0.1/",
      "https://169.254.169.254/latest/meta-data/",
      "http://169.254.169.254/",
      "https://169.254.1.1/",
      "https://0.0.0.0/",
      "https://224.0.0.251/",
      "https://255.255.255.255/",
      "https://[fe80::1]/",
      "https://[fc00::1]/",
      "https://[fd00:ec2::254]/",
      "https://[::ffff:10.0.0.1]/",
      "https://[::ffff:a9fe:a9fe]/",
      "https://[::]/",
      "https://167772161/",
      "https://0xa9fea9fe/",
      "https://012.0.0.1/",
      "https://0300.0250.0.1/",
      "http://example.com/",
      "ftp://127.0.0.1/",
      "https://user:pass@127.0.0.1/",
      "https://no-such-host.invalid/",
      "javascript:alert(1)",
    ];
    for (const url of hostile) {
      const html = await addEndpoint(url);
      expect(html, url).toContain('id="webhook-url-error"');
      expect(html, url).toMatch(/id="webhook-url-error"[^>]*>\s*<p[^>]*>[^<]+/);
      expect(html, url).not.toContain("new-webhook-secret");
    }
    const list = await (await owner.fetch(hooksPage())).text();
    expect(list.match(/data-testid="webhook-endpoint-row"/g)).toHaveLength(1);
  });

  it("another workspace's member gets 404 for the endpoint page", async () => {
    const outsider = await new Session(own.baseUrl).signIn(own.seeded.other.email, own.seeded.password);
    expect((await outsider.fetch(endpointPage)).status).toBe(404);
    expect((await outsider.fetch(endpointPage.replace(`${w}/`, `/w/${own.seeded.other.slug}/`))).status).toBe(404);
    const viewer = await new Session(own.baseUrl).signIn(own.seeded.members.VIEWER.email, own.seeded.password);
    expect((await viewer.fetch(endpointPage)).status).toBe(404);
  });
});

/** The grant's current access token from the token API, kept to search every payload for. */
async function keepToken(grantId: string) {
  const res = await fetch(`${own.baseUrl}/api/v1/grants/${grantId}/access-token`, {
    headers: { authorization: `Bearer ${own.seeded.apiKey}` },
  });
  expect(res.status).toBe(200);
  tokens.push(((await res.json()) as { access_token: string }).access_token);
}
const tokens: string[] = [];

const sandboxControl = async (path: string, body: object) => {
  const res = await owner.fetch(`/sandbox/control${path}?workspace=${own.seeded.slug}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
  expect(res.status).toBe(200);
  return res.json();
};

async function press(grantId: string, form: "revoke-grant" | "refresh-grant") {
  const page = `${w}/grants/${grantId}`;
  const res = await submitForm(owner, page, findForm(await (await owner.fetch(page)).text(), form));
  expect(res.status).toBe(200);
}

describe("grant events fire exactly once for their cause", () => {
  const causes: [string, string, () => Promise<string>][] = [
    [
      "grant.revoked",
      "revoked in the console",
      async () => {
        const id = await ownGrant(own, owner, own.seeded.second, "emma.schmidt@sandbox.zoho.test");
        await keepToken(id);
        await press(id, "revoke-grant");
        return id;
      },
    ],
    [
      "grant.invalidated",
      "revoked at Zoho (Connected Apps), then refreshed: invalid_code",
      async () => {
        const id = await ownGrant(own, owner, own.seeded, "priya.raman@sandbox.zoho.test");
        await keepToken(id);
        await sandboxControl("/connected-apps", { client_id: own.seeded.zohoClientId });
        await press(id, "refresh-grant");
        // Asked again (the token API): the grant is invalid now, nothing more is alerted.
        const again = await fetch(`${own.baseUrl}/api/v1/grants/${id}/access-token?force=1`, {
          headers: { authorization: `Bearer ${own.seeded.apiKey}` },
        });
        expect(again.status).not.toBe(200);
        return id;
      },
    ],
    [
      "grant.refresh_failed",
      "Zoho down through the retries (twice)",
      async () => {
        const id = await ownGrant(own, owner, own.seeded.second, "ava.carter@sandbox.zoho.test");
        await keepToken(id);
        await sandboxControl("", { outage: true });
        try {
          await press(id, "refresh-grant");
          await press(id, "refresh-grant");
        } finally {
          await sandboxControl("", { reset: true });
        }
        return id;
      },
    ],
  ];

  it.each(causes)("%s: %s", async (type, _how, cause) => {
    const grantId = await cause();
    const [got] = await waitFor(type, () => (ofType(type).some((r) => JSON.parse(r.body).data.grant?.id === grantId) ? [true] : undefined));
    expect(got).toBe(true);
    await new Promise((r) => setTimeout(r, 2500));
    const mine = ofType(type).filter((r) => JSON.parse(r.body).data.grant?.id === grantId);
    expect(mine).toHaveLength(1);
    const payload = new Webhook(secret).verify(mine[0].body, mine[0].headers) as {
      data: { grant: { id: string; label: string }; client: { id: string }; dc: string; url: string; zohoError: string | null };
    };
    expect(payload.data.grant.label).not.toBe("");
    expect(payload.data.dc).toMatch(/^[a-z]{2}$/);
    // The console's own origin (APP_URL, else its loopback name) and the grant's page.
    expect(new URL(payload.data.url).pathname).toBe(`${w}/grants/${grantId}`);
    expect(new URL(payload.data.url).port).toBe(new URL(own.baseUrl).port);
    if (type === "grant.invalidated") expect(payload.data.zohoError).toBe("invalid_code");
    if (type === "grant.refresh_failed") expect(payload.data.zohoError).toBeTruthy();
  });

  it("no payload and no log line holds a secret or token", async () => {
    const secrets = [own.seeded.clientSecret, secret, secret.slice(6), ...tokens].filter((s) => s.length >= 8);
    const everything = received.map((r) => r.body).join("\n") + fs.readFileSync(own.logFile, "utf8");
    for (const s of secrets) expect(everything).not.toContain(s);
    for (const r of received) expect(r.body).not.toMatch(/refresh_token|access_token|1000\.[0-9a-f]{32}\.[0-9a-f]{32}/);
  });
});
