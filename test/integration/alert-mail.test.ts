import fs from "node:fs";
import path from "node:path";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checked, decodeHtml, findForm, submitForm } from "./forms";
import { ownGrant, pressOnGrant, revokeAtSandbox, waitFor } from "./own-grant";
import { OwnConsole } from "./own-console";
import { rawFetch, viaProxy } from "./raw-fetch";
import { Session } from "./session";

// Alert email (issue 17), on a console of its own that mails to the suite's SMTP listener (every mail a
// file in mailDir): members choose events, right away or as a digest (ALERT_DIGEST_SECONDS=30 here, a day
// by default); the worker runs every 500 ms. An alert is mailed once it has settled (10 s after it was
// written), so each wait below is about 11 s.
//   owner     → grant.invalidated, right away: exactly one mail, its subject, links, List-Unsubscribe headers, no secret
//   developer → grant.revoked, right away: unsubscribes with the one-click POST, then gets nothing more
//   viewer    → grant.revoked, right away: the control (the worker did mail that alert)
//   admin     → grant.revoked, digest: two alerts in one mail
let own: OwnConsole;
let w = "";
let port = "";
const as = {} as Record<"owner" | "admin" | "developer" | "viewer", Session>;
const email = {} as Record<keyof typeof as, string>;
const grants = {} as Record<"g1" | "g2" | "g3" | "g4", string>;
const tokens: string[] = [];

type Mail = { to: string; subject: string; text: string; headers: Record<string, string> };

/** Every mail this console sent (the listener also holds the suite's other mails: ours link to our port). */
async function mails(): Promise<Mail[]> {
  const dir = inject("mailDir");
  const out: Mail[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    const parsed = await PostalMime.parse(fs.readFileSync(path.join(dir, file)));
    if (!parsed.text?.includes(`localhost:${port}/`)) continue;
    const to = parsed.to?.map((a) => ("address" in a ? a.address : "")).join(",") ?? "";
    out.push({
      to,
      subject: parsed.subject ?? "",
      text: parsed.text,
      headers: Object.fromEntries(parsed.headers.map((h) => [h.key, h.value])),
    });
  }
  return out;
}
const mailsTo = async (who: keyof typeof as) => (await mails()).filter((m) => m.to === email[who]);

async function choose(who: keyof typeof as, events: string[], mode: "IMMEDIATE" | "DIGEST") {
  const page = `${w}/settings/notifications`;
  const html = await (await as[who].fetch(page)).text();
  expect(html).not.toContain('data-testid="smtp-missing"');
  const res = await submitForm(as[who], page, findForm(html, "update-alert-mail"), { events: events.join(","), mode });
  expect(decodeHtml(await res.text())).toContain("Saved:");
}

/** The grant's current access token, kept to search every mail for. */
async function keepToken(grantId: string) {
  const res = await fetch(`${own.baseUrl}/api/v1/grants/${grantId}/access-token`, {
    headers: { authorization: `Bearer ${own.seeded.apiKey}` },
  });
  expect(res.status).toBe(200);
  tokens.push(((await res.json()) as { access_token: string }).access_token);
}

beforeAll(async () => {
  own = await OwnConsole.create("alert-mail", {
    SMTP_URL: inject("smtpUrl"),
    SMTP_FROM: "Console <alerts@integration.test>",
    ALERT_MAIL_INTERVAL_MS: "500",
    ALERT_DIGEST_SECONDS: "30",
    // The flood below speaks for other client addresses through 127.0.0.2 (test/integration/raw-fetch.ts).
    TRUSTED_PROXIES: "127.0.0.2",
  });
  await own.start();
  w = `/w/${own.seeded.slug}`;
  port = new URL(own.baseUrl).port;
  email.owner = own.seeded.email;
  for (const role of ["ADMIN", "DEVELOPER", "VIEWER"] as const)
    email[role.toLowerCase() as keyof typeof as] = own.seeded.members[role].email;
  for (const who of Object.keys(email) as (keyof typeof as)[])
    as[who] = await new Session(own.baseUrl).signIn(email[who], own.seeded.password);
  // Grants first (the slow part), so the alerts below happen close together.
  grants.g1 = await ownGrant(own, as.owner, own.seeded.second, "emma.schmidt@sandbox.zoho.test");
  grants.g2 = await ownGrant(own, as.owner, own.seeded.second, "priya.raman@sandbox.zoho.test");
  grants.g3 = await ownGrant(own, as.owner, own.seeded.second, "ava.carter@sandbox.zoho.test");
  grants.g4 = await ownGrant(own, as.owner, own.seeded, "emma.schmidt@sandbox.zoho.test");
  for (const id of Object.values(grants)) await keepToken(id);
  await choose("owner", ["grant.invalidated"], "IMMEDIATE");
  await choose("admin", ["grant.revoked"], "DIGEST");
  await choose("developer", ["grant.revoked"], "IMMEDIATE");
  await choose("viewer", ["grant.revoked"], "IMMEDIATE");
  await pressOnGrant(own, as.owner, grants.g1, "revoke-grant");
  await pressOnGrant(own, as.owner, grants.g2, "revoke-grant");
  await revokeAtSandbox(own, as.owner, own.seeded.zohoClientId);
  await pressOnGrant(own, as.owner, grants.g4, "refresh-grant");
}, 180_000);

afterAll(async () => {
  await own?.remove();
});

const unsubscribeUrl = (mail: Mail) => {
  const url = /^<(http:\/\/localhost:\d+\/unsubscribe\/[A-Za-z0-9_-]{43})>$/.exec(
    (mail.headers["list-unsubscribe"] ?? "").replace(/\s+/g, ""),
  )?.[1];
  expect(url, JSON.stringify(mail.headers)).toBeDefined();
  // Our console listens on 127.0.0.1 (localhost may resolve to ::1 here).
  return new URL(new URL(url!).pathname, own.baseUrl).toString();
};

describe("alert email", () => {
  it("right away: one alert is exactly one mail, naming the workspace and event, linking to the grant, with RFC 8058 headers and no secret", async () => {
    const [mail] = await waitFor("the owner's mail", async () => {
      const got = await mailsTo("owner");
      return got.length ? got : undefined;
    });
    await new Promise((r) => setTimeout(r, 2500));
    expect(await mailsTo("owner")).toHaveLength(1);
    expect(mail.subject).toMatch(/^\[Integration\] Grant invalidated by Zoho: .+/);
    expect(mail.headers.from).toContain("alerts@integration.test");
    expect(mail.text).toContain(`http://localhost:${port}${w}/grants/${grants.g4}`);
    expect(mail.text).toContain("Zoho's error: invalid_code");
    expect(mail.text).toContain(`http://localhost:${port}${w}/settings/notifications`);
    expect(mail.text).toMatch(
      new RegExp(`Unsubscribe from this workspace's alert mail: http://localhost:${port}/unsubscribe/[A-Za-z0-9_-]{43}`),
    );
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    unsubscribeUrl(mail);
    // None of the other alerts (the owner chose grant.invalidated only).
    expect(mail.text).not.toContain(grants.g1);
    const raw = JSON.stringify(mail);
    for (const secret of [own.seeded.clientSecret, ...tokens]) expect(raw).not.toContain(secret);
    expect(raw).not.toMatch(/refresh_token|access_token|1000\.[0-9a-f]{32}\.[0-9a-f]{32}/);
    const settings = await (await as.owner.fetch(`${w}/settings/notifications`)).text();
    expect(settings).toContain('data-testid="alert-mail-status"');
  });

  it("one-click unsubscribe (RFC 8058) stops the mail; the alerts after it go to others only", async () => {
    const mine = await waitFor("the developer's mail", async () => {
      const got = await mailsTo("developer");
      return got.some((m) => m.text.includes(grants.g2)) ? got : undefined;
    });
    expect(mine.map((m) => m.text).join("\n")).toContain(grants.g1);
    const link = unsubscribeUrl(mine[mine.length - 1]);
    // The page a person lands on asks first (a GET changes nothing).
    const landing = await as.developer.fetch(link.replace(own.baseUrl, ""));
    expect(landing.status).toBe(303);
    const confirm = decodeHtml(await (await fetch(new URL(landing.headers.get("location")!, own.baseUrl))).text());
    expect(confirm).toContain("Unsubscribe from alert mail");
    expect(confirm).toContain('data-action="unsubscribe"');
    // What a mail client sends for its unsubscribe button: no cookie, no Origin.
    const oneClick = await fetch(link, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain("gets no more alert mail from the workspace");
    const after = decodeHtml(await (await fetch(new URL(landing.headers.get("location")!, own.baseUrl))).text());
    expect(after).toContain("You are unsubscribed");
    // Their settings say so, and the audit trail has it (without the token).
    expect(await (await as.developer.fetch(`${w}/settings/notifications`)).text()).not.toMatch(checked("grant.revoked"));
    const audit = decodeHtml(await (await as.owner.fetch(`${w}/audit`)).text());
    expect(audit).toContain("Unsubscribed from alert mail");
    expect(audit).not.toContain(new URL(link).pathname.split("/").pop()!);

    const before = (await mailsTo("developer")).length;
    await pressOnGrant(own, as.owner, grants.g3, "revoke-grant");
    await waitFor("the viewer's mail about g3", async () => (await mailsTo("viewer")).some((m) => m.text.includes(grants.g3)), 30_000);
    await new Promise((r) => setTimeout(r, 2000));
    const developer = await mailsTo("developer");
    expect(developer).toHaveLength(before);
    expect(developer.some((m) => m.text.includes(grants.g3))).toBe(false);
  });

  it("digest: the alerts since the last digest come in one mail", async () => {
    const [digest] = await waitFor(
      "the admin's digest",
      async () => {
        const got = await mailsTo("admin");
        return got.length ? got : undefined;
      },
      45_000,
    );
    await new Promise((r) => setTimeout(r, 2000));
    expect(await mailsTo("admin")).toHaveLength(1);
    expect(digest.subject).toMatch(/^\[Integration\] Daily digest: [23] alerts \(Grant revoked\)$/);
    expect(digest.text).toContain(`${w}/grants/${grants.g1}`);
    expect(digest.text).toContain(`${w}/grants/${grants.g2}`);
    expect(digest.text).not.toContain(grants.g4);
    expect(digest.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  });
});

describe("the unsubscribe route, from anyone", () => {
  const garbage = ["x", "not-a-token", "A".repeat(42), "A".repeat(44), "A".repeat(4000), "%00", "..%2F..%2Fetc%2Fpasswd", "%3Cscript%3E"];

  it("answers garbage, forged and unknown tokens with a readable page, never a 500", async () => {
    for (const token of garbage) {
      const get = await rawFetch(`${own.baseUrl}/unsubscribe/${token}`, { from: "127.0.0.5" });
      expect(get.status, token).toBe(404);
      expect(get.headers.get("content-type")).toContain("text/html");
      expect(await get.text()).toContain("This unsubscribe link is not valid");
      const post = await rawFetch(`${own.baseUrl}/unsubscribe/${token}`, {
        from: "127.0.0.5",
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
      expect(post.status, token).toBe(404);
    }
    // Shaped like a token, but no mail carried it (a real one with a character changed): the confirm page says so.
    const [mail] = await mailsTo("owner");
    const real = unsubscribeUrl(mail);
    const forged = real.slice(0, -1) + (real.endsWith("A") ? "B" : "A");
    const get = await rawFetch(forged, { from: "127.0.0.5" });
    expect(get.status).toBe(303);
    const page = await rawFetch(new URL(get.headers.get("location")!, own.baseUrl).toString(), { from: "127.0.0.5" });
    expect(page.status).toBe(200);
    expect(decodeHtml(await page.text())).toContain("This unsubscribe link is not valid");
    const post = await rawFetch(forged, {
      from: "127.0.0.5",
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(post.status).toBe(404);
    // The owner is still subscribed.
    expect(decodeHtml(await (await as.owner.fetch(`${w}/settings/notifications`)).text())).toMatch(checked("grant.invalidated"));
  });

  it("refuses anything but the one-click body, oversized bodies and cross-origin form posts", async () => {
    const [mail] = await mailsTo("owner");
    const real = unsubscribeUrl(mail);
    const cases: [RequestInit & { headers?: Record<string, string> }, number][] = [
      [{ body: "" }, 400],
      [{ body: "List-Unsubscribe=Yes", headers: { "content-type": "application/x-www-form-urlencoded" } }, 400],
      [{ body: '{"List-Unsubscribe":"One-Click"}', headers: { "content-type": "application/json" } }, 400],
      [{ body: "--x\r\ngarbage", headers: { "content-type": "multipart/form-data; boundary=x" } }, 400],
      [
        { body: `List-Unsubscribe=One-Click&pad=${"x".repeat(10_000)}`, headers: { "content-type": "application/x-www-form-urlencoded" } },
        413,
      ],
      [
        {
          body: "List-Unsubscribe=One-Click",
          headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
        },
        403,
      ],
    ];
    for (const [init, status] of cases) {
      const res = await rawFetch(real, { from: "127.0.0.6", method: "POST", headers: init.headers, body: init.body as string });
      expect(res.status, JSON.stringify(init).slice(0, 120)).toBe(status);
    }
    expect(decodeHtml(await (await as.owner.fetch(`${w}/settings/notifications`)).text())).toMatch(checked("grant.invalidated"));
  });

  it("a flood from one address is rate limited (429 with Retry-After); another address is not", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const token = Buffer.from(String(i).padStart(32, "0")).toString("base64url").slice(0, 43).padEnd(43, "A");
      const res = await viaProxy(`${own.baseUrl}/unsubscribe/${token}`, "203.0.113.7", {
        method: i % 2 ? "POST" : "GET",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: i % 2 ? "List-Unsubscribe=One-Click" : undefined,
      });
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    }
    expect(statuses.every((s) => s < 500)).toBe(true);
    expect(statuses.slice(0, 30).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    const other = await viaProxy(`${own.baseUrl}/unsubscribe/${"A".repeat(43)}`, "203.0.113.8");
    expect(other.status).toBe(303);
  });
});
