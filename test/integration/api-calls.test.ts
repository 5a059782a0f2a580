import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { consoleGrant, sandboxFaults } from "./console-grant";
import { databaseText } from "./database-text";
import { decodeHtml, findForm, submitForm } from "./forms";
import { Session } from "./session";

// The request runner over HTTP, as a browser without JavaScript uses it: the runner's form on a grant's
// page, sent to the built-in sandbox's Zoho APIs; what Zoho answers, explained; what is kept of it.
const seeded = inject("seeded");
const owner = new Session();
const viewer = new Session();
const runnerOwner = new Session();
const AVA = "ava.carter@sandbox.zoho.test";
// Scopes for the CRM user and organization, not for Leads.
const SCOPES = "AaaServer.profile.READ,ZohoCRM.users.READ,ZohoCRM.org.READ";
let grant = "";

const runnerPage = (slug: string, id: string) => `/w/${slug}/grants/${id}/api`;

/** Presses Send on the runner with these fields replaced; answers the page with Zoho's answer. */
async function send(session: Session, slug: string, id: string, values: Record<string, string> = {}): Promise<string> {
  const page = runnerPage(slug, id);
  const form = findForm(await (await session.fetch(page)).text(), "send-api-call");
  const response = await submitForm(session, page, form, values);
  expect(response.status).toBe(200);
  return decodeHtml(await response.text());
}
const answerOf = (html: string) => html.slice(html.indexOf('data-testid="api-answer"'));
const historyOf = async (session: Session, slug: string, id: string) =>
  (await (await session.fetch(runnerPage(slug, id))).text()).match(/data-testid="api-call"/g)?.length ?? 0;

beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  await viewer.signIn(seeded.members.VIEWER.email, seeded.password);
  await runnerOwner.signIn(seeded.apiCalls.email, seeded.password);
  await sandboxFaults(owner, { codeLimit: 1000 }); // other files may have spent the client's 10 codes per 10 minutes
  grant = await consoleGrant(owner, {
    clientId: seeded.second.clientId,
    zohoClientId: seeded.second.zohoClientId,
    scopes: SCOPES,
    userEmail: AVA,
  });
});
afterAll(() => sandboxFaults(owner, { reset: true }));

describe("the request runner", () => {
  it("calls the sandbox's CRM with a fresh grant: status, timing and the current user; history and audit keep the request line only", async () => {
    const html = answerOf(await send(owner, seeded.slug, grant));
    expect(html).toMatch(/HTTP (<!-- -->)?200/);
    expect(html).toContain(AVA);
    expect(html).toMatch(/\d+(<!-- -->)? ms/);
    const page = decodeHtml(await (await owner.fetch(runnerPage(seeded.slug, grant))).text());
    const row = page.slice(page.indexOf('data-testid="api-call"')).replace(/<!-- -->/g, "");
    expect(row).toMatch(/GET http:\/\/[^ ]+\/sandbox\/us\/api\/crm\/v8\/users\?type=CurrentUser/);
    const audit = decodeHtml(await (await owner.fetch(`/w/${seeded.slug}/audit?target=${grant}`)).text());
    expect(audit).toContain("Called a Zoho API with a grant");
  });

  it("an EU grant whose stored api_domain is the US one: Zoho's INVALID_TOKEN, explained as the wrong data centre's host", async () => {
    const html = answerOf(await send(runnerOwner, seeded.apiCalls.slug, seeded.apiCalls.wrongDcGrantId));
    expect(html).toMatch(/HTTP (<!-- -->)?401/);
    expect(html).toContain('data-zoho-code="INVALID_TOKEN"');
    expect(html).toContain('data-code="INVALID_TOKEN_OTHER_DC"');
    expect(html).toMatch(/data cent(re|er)/i);
    expect(html).not.toContain("Refresh the token and retry"); // a refresh cannot fix the host
  });

  it("a scope the grant lacks: warned before sending, then Zoho's OAUTH_SCOPE_MISMATCH with the scope named and a way to authorize again with it", async () => {
    const page = `${runnerPage(seeded.slug, grant)}?template=crm-leads`;
    const warned = await (await owner.fetch(page)).text();
    expect(decodeHtml(warned.slice(warned.indexOf('data-testid="scope-warning"')))).toContain("ZohoCRM.modules.leads.READ");
    // Sent as a browser without JavaScript sends it: to the page it came from.
    const response = await submitForm(owner, page, findForm(warned, "send-api-call"));
    const full = decodeHtml(await response.text());
    const html = answerOf(full);
    expect(html, /data-form-message[^>]*>([^<]*)/.exec(full)?.[1]).toContain('data-zoho-code="OAUTH_SCOPE_MISMATCH"');
    const diagnosis = html.slice(html.indexOf('data-testid="diagnosis"'));
    expect(diagnosis).toContain("ZohoCRM.modules.leads.READ");
    const link = /href="(\/w\/[^"]+\/authorize\?[^"]+)"/.exec(diagnosis)?.[1];
    expect(new URL(link!, owner.baseUrl).searchParams.get("scopes")?.split(",")).toEqual([
      ...SCOPES.split(","),
      "ZohoCRM.modules.leads.READ",
    ]);
    // The builder opens with them.
    const builder = decodeHtml(await (await owner.fetch(link!)).text());
    expect(builder).toContain("ZohoCRM.modules.leads.READ");
  });

  it.each([
    ["another host in the path", { path: "//evil.example/steal" }, "path"],
    ["a path up and out", { path: "/../../oauth/v2/token" }, "path"],
    ["an encoded path up and out", { path: "/%2e%2e/%2e%2e/oauth/v2/token" }, "path"],
    ["credentials in the path", { path: "@evil.example/x" }, "path"],
    ["the accounts server's token endpoint", { base: "accounts", path: "/oauth/v2/token" }, "path"],
    ["a host of its own", { base: "https://evil.example" }, "base"],
    ["a product the sandbox does not answer", { base: "projects", path: "/portals" }, "base"],
    ["51 query parameters", { query: Array.from({ length: 51 }, (_, i) => `p${i}=1`).join("\n") }, "query"],
    ["an Authorization header", { headers: "Authorization: Zoho-oauthtoken stolen" }, "headers"],
    ["a Host header", { headers: "Host: evil.example" }, "headers"],
    ["a body that is not JSON", { method: "POST", body: "{not json" }, "body"],
  ])("refuses %s before sending: a field error, nothing sent or recorded", async (_, values, errorField) => {
    const before = await historyOf(owner, seeded.slug, grant);
    const html = await send(owner, seeded.slug, grant, values);
    expect(html).not.toContain('data-testid="api-answer"');
    expect(html).toMatch(new RegExp(`id="runner-${errorField}"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="runner-${errorField}"`));
    expect(await historyOf(owner, seeded.slug, grant)).toBe(before);
  });

  it("on INVALID_TOKEN for a token Zoho revoked, offers one refresh and retry; the retry finds the grant revoked at Zoho", async () => {
    const other = await consoleGrant(owner, {
      clientId: seeded.second.clientId,
      zohoClientId: seeded.second.zohoClientId,
      scopes: SCOPES,
      userEmail: "jack.wilson@sandbox.zoho.test",
    });
    expect(answerOf(await send(owner, seeded.slug, other))).toMatch(/HTTP (<!-- -->)?200/);
    // Jack revokes the app in Zoho's Connected Apps: his tokens stop working; the console's cached one with them.
    const revoked = await owner.fetch(`/sandbox/control/connected-apps?workspace=${seeded.slug}`, {
      method: "POST",
      body: JSON.stringify({ client_id: seeded.second.zohoClientId, user: "40040004" }),
      headers: { "content-type": "application/json" },
    });
    expect(revoked.status).toBe(200);
    const refused = await send(owner, seeded.slug, other);
    expect(answerOf(refused)).toContain('data-zoho-code="INVALID_TOKEN"');
    expect(refused).toContain("Refresh the token and retry");
    const retried = await send(owner, seeded.slug, other, { retry: "refresh" });
    expect(retried).not.toContain('data-testid="api-answer"');
    expect(retried).toMatch(/invalid_code/);
  });
});

describe("who may use it", () => {
  it("a viewer sees the history but no runner, and the action refuses them", async () => {
    const page = runnerPage(seeded.slug, grant);
    const html = await (await viewer.fetch(page)).text();
    expect(html).toContain('data-testid="api-call-history"');
    expect(html).not.toContain('data-action="send-api-call"');
    const form = findForm(await (await owner.fetch(page)).text(), "send-api-call");
    expect((await submitForm(viewer, page, form)).status).toBe(404);
  });

  it("another workspace's grant id: 404, for the page and under the owner's own workspace", async () => {
    expect((await owner.fetch(runnerPage(seeded.slug, seeded.apiCalls.wrongDcGrantId))).status).toBe(404);
    expect((await runnerOwner.fetch(runnerPage(seeded.apiCalls.slug, grant))).status).toBe(404);
  });
});

describe("a flood from one member", () => {
  it("is refused past 60 calls a minute, with when to try again, before anything is sent", async () => {
    const { slug, wrongDcGrantId } = seeded.apiCalls;
    const page = runnerPage(slug, wrongDcGrantId);
    const form = findForm(await (await runnerOwner.fetch(page)).text(), "send-api-call");
    const answers = await Promise.all(
      Array.from({ length: 64 }, async () => decodeHtml(await (await submitForm(runnerOwner, page, form)).text())),
    );
    const sent = answers.filter((html) => html.includes('data-testid="api-answer"')).length;
    const refused = answers.filter((html) => /at most 60 a minute each\. Try again in \d+ s/.test(html)).length;
    // The earlier test in this file sent one from this member.
    expect(sent).toBe(59);
    expect(refused).toBe(5);
  });
});

describe("what is kept", () => {
  it("no answer body and no access token in the database or the server log; the request line is there", async () => {
    const marker = `runner-${randomBytes(6).toString("hex")}`;
    const html = answerOf(await send(owner, seeded.slug, grant, { templateId: "crm-org", path: "/crm/v8/org", query: `marker=${marker}` }));
    // A value only Zoho's answer holds: the CRM organization's id (19 digits, lib/sandbox/api/crm-records.ts).
    const orgId = /\b(\d{19})\b/.exec(html)?.[1];
    expect(orgId).toBeTruthy();
    const token = await fetch(`${owner.baseUrl}/api/v1/grants/${grant}/access-token`, {
      headers: { authorization: `Bearer ${seeded.apiKey}` },
    });
    const accessToken = (await token.json()).access_token as string;
    expect(accessToken).toMatch(/^1000\./);
    const database = databaseText(inject("serverEnv").DATABASE_URL);
    expect(database).toContain(marker); // the history row is on disk: the search below can find what is there
    expect(database).not.toContain(orgId);
    expect(database).not.toContain(accessToken);
    const log = fs.readFileSync(inject("serverLog"), "utf8");
    expect(log).not.toContain(orgId);
    expect(log).not.toContain(accessToken);
  });
});
