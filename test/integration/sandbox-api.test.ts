import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { consoleGrant, sandboxFaults } from "./console-grant";
import { obtainCode } from "./sandbox";
import { Session } from "./session";

// The sandbox's product APIs over HTTP (lib/sandbox/api/, docs/sandbox.md "Product APIs"): each product's
// success shape, two users' different Leads, paging, create then read, COQL, and each product's refusals —
// another DC's token, a missing scope, a wrong path, the rate-limit fault, an expired and an evicted token,
// hostile bodies (never a 500). Shapes and their sources: docs/zoho.md, "Zoho's product APIs".
const seeded = inject("seeded");
const owner = new Session();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const client = { client_id: "", client_secret: "" };
const ALL_SCOPES = [
  "ZohoCRM.users.READ",
  "ZohoCRM.org.READ",
  "ZohoCRM.modules.leads.ALL",
  "ZohoCRM.coql.READ",
  "ZohoBigin.users.READ",
  "ZohoBooks.settings.READ",
  "Desk.basic.READ",
  "ZohoMail.accounts.READ",
].join(",");

type Tokens = { access_token: string; refresh_token: string; api_domain: string; location: string };
const tokenCall = async (location: string, params: Record<string, string>) =>
  (
    await owner.fetch(`/sandbox/${location}/oauth/v2/token`, { method: "POST", body: new URLSearchParams({ ...params, ...client }) })
  ).json();

async function tokensFor(userEmail: string, scopes = ALL_SCOPES): Promise<Tokens> {
  const code = await obtainCode(owner, { state: "sandbox-api", userEmail, scopes, zohoClientId: client.client_id });
  const answer = await tokenCall(code.location, { grant_type: "authorization_code", code: code.code, redirect_uri: seeded.redirectUri });
  expect(answer.access_token, JSON.stringify(answer)).toEqual(expect.any(String));
  return { ...answer, location: code.location };
}
const refreshed = async (t: Tokens) =>
  (await tokenCall(t.location, { grant_type: "refresh_token", refresh_token: t.refresh_token })).access_token as string;

/** A call at an api_domain with a token (null: no Authorization header). */
function api(apiDomain: string, token: string | null, path: string, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (token) headers.set("authorization", `Zoho-oauthtoken ${token}`);
  if (init.body && !headers.has("content-type")) headers.set("content-type", "application/json");
  return owner.fetch(`${apiDomain}/${path}`, { ...init, headers });
}
const call = (t: Tokens, path: string, init?: RequestInit) => api(t.api_domain, t.access_token, path, init);
const post = (t: Tokens, path: string, body: unknown) => call(t, path, { method: "POST", body: JSON.stringify(body) });
async function expectAnswer(response: Response, status: number, body: unknown) {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(JSON.parse(text)).toEqual(body);
}
const crm = (code: string, message: string, details: object = {}) => ({ code, details, message, status: "error" });
const INVALID_TOKEN = crm("INVALID_TOKEN", "invalid oauth token");
const SCOPE_MISMATCH = crm("OAUTH_SCOPE_MISMATCH", "invalid oauth scope to access this URL");

let ava: Tokens, emma: Tokens, avaUsersOnly: Tokens;
const unique = `Sandboxapi${Date.now()}`;

beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  await sandboxFaults(owner, { reset: true });
  // This file makes many grants and, for the evicted token, 15 refreshes of one.
  await sandboxFaults(owner, { codeLimit: 1000, accessTokensPerWindow: 100 });
  const registered = await owner.fetch(`/sandbox/console/clients?workspace=${seeded.slug}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Sandbox API app", redirectUris: [seeded.redirectUri] }),
  });
  Object.assign(client, await registered.json());
  ava = await tokensFor("ava.carter@sandbox.zoho.test");
  emma = await tokensFor("emma.schmidt@sandbox.zoho.test");
  avaUsersOnly = await tokensFor("ava.carter@sandbox.zoho.test", "ZohoCRM.users.READ");
});
afterAll(() => sandboxFaults(owner, { reset: true }));

describe("each product answers in its own success shape", () => {
  it("the api_domain is the user's data centre's", () => {
    expect(ava.api_domain).toBe(`${owner.baseUrl}/sandbox/us/api`);
    expect(emma.api_domain).toBe(`${owner.baseUrl}/sandbox/eu/api`);
  });

  it("CRM and Bigin: the current user; CRM: the organization", async () => {
    for (const path of ["crm/v8/users?type=CurrentUser", "crm/v2/users?type=CurrentUser", "bigin/v2/users?type=CurrentUser"]) {
      const me = await call(ava, path);
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ users: [{ email: "ava.carter@sandbox.zoho.test", zuid: "10010001" }], info: { count: 1 } });
    }
    expect(await (await call(ava, "crm/v8/org")).json()).toMatchObject({ org: [{ primary_zuid: "10010001", currency: "USD" }] });
  });

  it("Books: {code:0, message:success, organizations:[…]}", async () => {
    const res = await call(ava, "books/v3/organizations");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      code: 0,
      message: "success",
      organizations: [
        { organization_id: expect.any(String), name: "Ava's sandbox company", email: "ava.carter@sandbox.zoho.test", is_default_org: true },
      ],
    });
  });

  it("Desk: {data:[{id, companyName, portalName, …}]} without an orgId header", async () => {
    const res = await call(emma, "desk/api/v1/organizations");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ data: [{ companyName: "Emma's sandbox company", isDefault: true, currencyCode: "EUR" }] });
  });

  it("Mail: {status:{code:200, description:success}, data:[{accountId, primaryEmailAddress, …}]}", async () => {
    const res = await call(emma, "mail/api/accounts");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: { code: 200, description: "success" },
      data: [{ accountId: expect.stringMatching(/^\d+$/), primaryEmailAddress: "emma.schmidt@sandbox.zoho.test", type: "ZOHO_ACCOUNT" }],
    });
  });
});

describe("a console grant", () => {
  it("its token from the console's token API opens the sandbox's APIs at the api_domain it names", async () => {
    const grant = await consoleGrant(owner, {
      clientId: seeded.clientId,
      zohoClientId: seeded.zohoClientId,
      scopes: "ZohoCRM.modules.leads.READ,ZohoBooks.settings.READ",
      userEmail: "emma.schmidt@sandbox.zoho.test",
    });
    const res = await fetch(`${owner.baseUrl}/api/v1/grants/${grant}/access-token`, {
      headers: { authorization: `Bearer ${seeded.apiKey}` },
    });
    expect(res.status).toBe(200);
    const { access_token, api_domain } = await res.json();
    expect(api_domain).toBe(`${owner.baseUrl}/sandbox/eu/api`);
    const leads = await api(api_domain, access_token, "crm/v8/Leads?fields=Last_Name&per_page=2");
    expect(leads.status).toBe(200);
    expect((await leads.json()).info).toMatchObject({ count: 2, more_records: true });
    expect((await api(api_domain, access_token, "books/v3/organizations")).status).toBe(200);
    // Granted Leads and Books only.
    await expectAnswer(await api(api_domain, access_token, "crm/v8/org"), 401, SCOPE_MISMATCH);
  });
});

describe("CRM Leads", () => {
  it("two sandbox users see different Leads", async () => {
    const a = (await (await call(ava, "crm/v8/Leads?fields=Last_Name,Email")).json()).data as { id: string }[];
    const e = (await (await call(emma, "crm/v8/Leads?fields=Last_Name,Email")).json()).data as { id: string }[];
    expect(a.length).toBeGreaterThanOrEqual(25);
    expect(e.length).toBeGreaterThanOrEqual(25);
    expect(a.some((l) => e.some((m) => m.id === l.id))).toBe(false);
    // fields= answers those fields and the id, nothing else.
    expect(Object.keys(a[0]).sort()).toEqual(["Email", "Last_Name", "id"]);
  });

  it("pages with page and per_page; info.more_records says when to stop", async () => {
    const seen: string[] = [];
    for (let page = 1; ; page++) {
      const res = await call(emma, `crm/v8/Leads?fields=Last_Name&per_page=10&page=${page}`);
      expect(res.status).toBe(200);
      const { data, info } = await res.json();
      expect(info).toMatchObject({ per_page: 10, page, count: data.length, sort_by: "id", sort_order: "desc" });
      seen.push(...data.map((l: { id: string }) => l.id));
      if (!info.more_records) break;
      expect(data).toHaveLength(10);
    }
    expect(seen.length).toBeGreaterThanOrEqual(25);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort().reverse()).toEqual(seen);
    // Past the last page: HTTP 204, no body (CRM's NO_CONTENT).
    const past = await call(emma, `crm/v8/Leads?fields=Last_Name&per_page=10&page=${Math.ceil(seen.length / 10) + 1}`);
    expect(past.status).toBe(204);
    expect(await past.text()).toBe("");
  });

  it("v8 requires fields when listing (REQUIRED_PARAM_MISSING); v2 does not", async () => {
    await expectAnswer(
      await call(ava, "crm/v8/Leads"),
      400,
      crm("REQUIRED_PARAM_MISSING", "One of the expected parameter is missing", { param: "fields" }),
    );
    expect((await call(ava, "crm/v2/Leads?per_page=2")).status).toBe(200);
  });

  it("create answers per record, then the Lead is there to get, list and query — for its owner only", async () => {
    const created = await post(ava, "crm/v8/Leads", {
      data: [{ Last_Name: unique, First_Name: "Nia", Email: "nia@example.com" }, { First_Name: "Nameless" }],
    });
    expect(created.status).toBe(207);
    const { data } = await created.json();
    expect(data[0]).toMatchObject({
      code: "SUCCESS",
      status: "success",
      message: "record added",
      details: { id: expect.stringMatching(/^\d{19}$/), Created_By: { name: "Ava Carter" } },
    });
    expect(data[1]).toEqual(
      crm("MANDATORY_NOT_FOUND", "required field not found", { api_name: "Last_Name", json_path: "$.data[1].Last_Name" }),
    );
    const id = data[0].details.id as string;

    const one = await call(ava, `crm/v8/Leads/${id}`);
    expect(one.status).toBe(200);
    expect((await one.json()).data[0]).toMatchObject({ id, Last_Name: unique, Full_Name: `Nia ${unique}`, Email: "nia@example.com" });
    // The newest record has the greatest id: first in CRM's default order.
    expect((await (await call(ava, "crm/v8/Leads?fields=Last_Name&per_page=1")).json()).data[0]).toEqual({ id, Last_Name: unique });
    // Emma's organization has no such record.
    expect((await call(emma, `crm/v8/Leads/${id}`)).status).toBe(204);
  });

  it("ZohoCRM.modules.leads.WRITE (CRM's alias for CREATE, UPDATE, DELETE) may create", async () => {
    const writer = await tokensFor("ava.carter@sandbox.zoho.test", "ZohoCRM.modules.leads.WRITE");
    expect((await post(writer, "crm/v8/Leads", { data: [{ Last_Name: `${unique}-w` }] })).status).toBe(201);
    await expectAnswer(await call(writer, "crm/v8/Leads?fields=id"), 401, SCOPE_MISMATCH);
  });

  it("POST Leads needs a create scope; GET needs a read scope", async () => {
    await expectAnswer(await post(avaUsersOnly, "crm/v8/Leads", { data: [{ Last_Name: "x" }] }), 401, SCOPE_MISMATCH);
    await expectAnswer(await call(avaUsersOnly, "crm/v8/Leads?fields=id"), 401, SCOPE_MISMATCH);
  });
});

describe("CRM COQL", () => {
  const coql = (t: Tokens, select_query: unknown) => post(t, "crm/v8/coql", { select_query });

  it("select … from Leads where … = / like, limit and offset", async () => {
    const exact = await coql(ava, `select Last_Name, Email from Leads where Last_Name = '${unique}'`);
    expect(exact.status).toBe(200);
    expect(await exact.json()).toEqual({
      data: [{ Last_Name: unique, Email: "nia@example.com", id: expect.any(String) }],
      info: { count: 1, more_records: false },
    });
    const like = await (await coql(ava, `SELECT Last_Name FROM Leads WHERE Last_Name LIKE '${unique.slice(0, 8)}%'`)).json();
    expect(like.data.map((l: { Last_Name: string }) => l.Last_Name)).toContain(unique);

    const first = await (await coql(ava, "select Last_Name from Leads limit 3")).json();
    expect(first.info).toEqual({ count: 3, more_records: true });
    const next = await (await coql(ava, "select Last_Name from Leads limit 3 offset 3")).json();
    expect(await (await coql(ava, "select Last_Name from Leads limit 3, 3")).json()).toEqual(next);
    // Ascending ids, as COQL orders by default.
    const ids = [...first.data, ...next.data].map((l: { id: string }) => l.id);
    expect([...ids].sort()).toEqual(ids);
    expect((await coql(ava, "select id from Leads where Last_Name = 'nobody-has-this-name'")).status).toBe(204);
  });

  it.each([
    ["select * from Leads", 400, "SYNTAX_ERROR"],
    ["select id from Leads where Last_Name = 'a' or Last_Name = 'b'", 400, "SYNTAX_ERROR"],
    ["select id from Leads limit 2001", 400, "LIMIT_EXCEEDED"],
    ["select Nope from Leads", 400, "INVALID_QUERY"],
    ["select id from Contacts_Nope", 400, "INVALID_QUERY"],
    ["", 400, "REQUIRED_PARAM_MISSING"],
    [42, 400, "INVALID_DATA"],
  ])("refuses %j with CRM's %s", async (query, status, code) => {
    const res = await coql(ava, query);
    expect(res.status).toBe(status);
    expect(await res.json()).toMatchObject({ code, status: "error", details: expect.any(Object), message: expect.any(String) });
  });

  it("needs ZohoCRM.coql.READ", async () => {
    await expectAnswer(await coql(avaUsersOnly, "select id from Leads"), 401, SCOPE_MISMATCH);
  });
});

describe("each product refuses in its own shape", () => {
  it("another data centre's token: INVALID_TOKEN, INVALID_OAUTH, INVALID_OAUTHTOKEN, Books' code 14", async () => {
    const us = ava.api_domain;
    await expectAnswer(await api(us, emma.access_token, "crm/v8/users?type=CurrentUser"), 401, INVALID_TOKEN);
    await expectAnswer(await api(us, emma.access_token, "desk/api/v1/organizations"), 401, {
      errorCode: "INVALID_OAUTH",
      message: "The OAuth Token you provided is invalid.",
    });
    await expectAnswer(await api(us, emma.access_token, "mail/api/accounts"), 401, {
      data: { errorCode: "INVALID_OAUTHTOKEN" },
      status: { code: 401, description: "Invalid Access" },
    });
    const books = await api(us, emma.access_token, "books/v3/organizations");
    expect(books.status).toBe(401);
    expect((await books.json()).code).toBe(14);
    // The same token works at its own data centre.
    expect((await call(emma, "crm/v8/users?type=CurrentUser")).status).toBe(200);
  });

  it("a missing scope: OAUTH_SCOPE_MISMATCH, Books' 57, SCOPE_MISMATCH (403), INVALID_OAUTHSCOPE", async () => {
    await expectAnswer(await call(avaUsersOnly, "crm/v8/org"), 401, SCOPE_MISMATCH);
    await expectAnswer(await call(avaUsersOnly, "bigin/v2/users"), 401, SCOPE_MISMATCH);
    await expectAnswer(await call(avaUsersOnly, "books/v3/organizations"), 401, {
      code: 57,
      message: "You are not authorized to perform this operation",
    });
    const desk = await call(avaUsersOnly, "desk/api/v1/organizations");
    expect(desk.status).toBe(403);
    expect((await desk.json()).errorCode).toBe("SCOPE_MISMATCH");
    await expectAnswer(await call(avaUsersOnly, "mail/api/accounts"), 401, {
      data: { errorCode: "INVALID_OAUTHSCOPE" },
      status: { code: 401, description: "Invalid Access" },
    });
  });

  it("a wrong path: INVALID_URL_PATTERN, INVALID_MODULE, Books' 5, URL_NOT_FOUND, Mail's 404", async () => {
    const wrongUrl = crm("INVALID_URL_PATTERN", "Please check if the URL trying to access is a correct one");
    await expectAnswer(await call(ava, "crm/v8/no-such-thing"), 404, wrongUrl);
    await expectAnswer(await call(ava, "crm/v9/users"), 404, wrongUrl);
    await expectAnswer(await call(ava, "nothing/here"), 404, wrongUrl);
    await expectAnswer(
      await call(ava, "crm/v8/Nonexistent_Module?fields=id"),
      400,
      crm("INVALID_MODULE", "the module name given seems to be invalid", { resource_path_index: 0 }),
    );
    await expectAnswer(await call(ava, "books/v3/nothing"), 404, { code: 5, message: "Invalid URL Passed" });
    expect((await (await call(ava, "desk/api/v1/nothing")).json()).errorCode).toBe("URL_NOT_FOUND");
    const mail = await call(ava, "mail/api/nothing");
    expect(mail.status).toBe(404);
    expect((await mail.json()).status).toEqual({ code: 404, description: "Invalid Input" });
    // A known path with the wrong method: CRM's INVALID_REQUEST_METHOD.
    await expectAnswer(
      await post(ava, "crm/v8/users", {}),
      400,
      crm("INVALID_REQUEST_METHOD", "The http request method type is not a valid one"),
    );
  });

  it("no token: AUTHENTICATION_FAILURE, UNAUTHORIZED, INVALID_TICKET", async () => {
    await expectAnswer(await api(ava.api_domain, null, "crm/v8/org"), 401, crm("AUTHENTICATION_FAILURE", "Authentication failed"));
    expect((await (await api(ava.api_domain, null, "desk/api/v1/organizations")).json()).errorCode).toBe("UNAUTHORIZED");
    const mail = await api(ava.api_domain, null, "mail/api/accounts");
    expect(mail.status).toBe(400);
    expect((await mail.json()).data.errorCode).toBe("INVALID_TICKET");
  });

  it("the rate-limit fault: HTTP 429 in every product's shape, until it is cleared", async () => {
    await sandboxFaults(owner, { apiRateLimited: true });
    try {
      await expectAnswer(
        await call(ava, "crm/v8/users"),
        429,
        crm("TOO_MANY_REQUESTS", "too many requests. please try again after some time"),
      );
      expect(await (await call(ava, "books/v3/organizations")).json()).toMatchObject({ code: 44 });
      expect((await call(ava, "books/v3/organizations")).status).toBe(429);
      expect((await (await call(ava, "desk/api/v1/organizations")).json()).errorCode).toBe("TOO_MANY_REQUESTS");
      expect((await call(ava, "mail/api/accounts")).status).toBe(429);
      // The fault shows in the workspace's settings.
      expect((await (await owner.fetch(`/sandbox/control?workspace=${seeded.slug}`)).json()).apiRateLimited).toBe(true);
    } finally {
      await sandboxFaults(owner, { apiRateLimited: false });
    }
    expect((await call(ava, "crm/v8/users")).status).toBe(200);
  });

  it("an expired token is refused by every product", async () => {
    await sandboxFaults(owner, { accessTokenTtlSeconds: 1 });
    const shortLived = { ...emma, access_token: await refreshed(emma) };
    await sandboxFaults(owner, { accessTokenTtlSeconds: 3600 });
    expect((await call(shortLived, "crm/v8/users")).status).toBe(200);
    await sleep(1100);
    await expectAnswer(await call(shortLived, "crm/v8/users"), 401, INVALID_TOKEN);
    expect((await (await call(shortLived, "desk/api/v1/organizations")).json()).errorCode).toBe("INVALID_OAUTH");
    expect((await (await call(shortLived, "mail/api/accounts")).json()).data.errorCode).toBe("INVALID_OAUTHTOKEN");
  });

  it("the 16th access token evicts the oldest, which every product then refuses", async () => {
    const t = await tokensFor("oliver.hughes@sandbox.zoho.test");
    const oldest = t.access_token;
    let newest = "";
    for (let i = 0; i < 15; i++) newest = await refreshed(t);
    await expectAnswer(await api(t.api_domain, oldest, "crm/v8/Leads?fields=id"), 401, INVALID_TOKEN);
    expect((await (await api(t.api_domain, oldest, "books/v3/organizations")).json()).code).toBe(14);
    expect((await (await api(t.api_domain, oldest, "desk/api/v1/organizations")).json()).errorCode).toBe("INVALID_OAUTH");
    expect((await api(t.api_domain, newest, "mail/api/accounts")).status).toBe(200);
  });
});

describe("hostile input answers Zoho's error shape, never a 500", () => {
  const raw = (t: Tokens, path: string, body: BodyInit) =>
    call(t, path, { method: "POST", body, headers: { "content-type": "application/json" } });

  it.each([
    ["not JSON", "{data:", "INVALID_DATA"],
    ["a JSON array", "[]", "INVALID_DATA"],
    ["a JSON string", '"x"', "INVALID_DATA"],
    ["no data", "{}", "REQUIRED_PARAM_MISSING"],
    ["data not a list", '{"data":{"Last_Name":"x"}}', "INVALID_DATA"],
    ["a NUL byte in the JSON", '{"data":[{"Last_Name":"a\u0000b"}]}', "INVALID_DATA"],
    ["101 records", JSON.stringify({ data: Array.from({ length: 101 }, () => ({ Last_Name: "x" })) }), "LIMIT_EXCEEDED"],
    ["a body over the API's limit", JSON.stringify({ data: [{ Last_Name: "x".repeat(600 * 1024) }] }), "LIMIT_EXCEEDED"],
  ])("POST Leads with %s: HTTP 400 %s", async (_name, body, code) => {
    const res = await raw(ava, "crm/v8/Leads", body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code, status: "error" });
  });

  it("an escaped NUL, a number for text, invalid UTF-8: refused per record or whole, with CRM's codes", async () => {
    const nul = await post(ava, "crm/v8/Leads", { data: [{ Last_Name: "a\u0000b" }] });
    expect(nul.status).toBe(400);
    expect((await nul.json()).data[0]).toMatchObject({ code: "INVALID_DATA", details: { api_name: "Last_Name" } });
    const utf8 = await raw(ava, "crm/v8/Leads", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(utf8.status).toBe(400);
    expect((await utf8.json()).code).toBe("INVALID_DATA");
  });

  it("a body past the console's 1 MB is refused before the sandbox reads it (413, not 500)", async () => {
    const res = await raw(ava, "crm/v8/Leads", "x".repeat(1024 * 1024 + 10));
    expect(res.status).toBe(413);
  });

  it.each([
    ["page=99999999999999999999", "DISCRETE_PAGINATION_LIMIT_EXCEEDED"],
    ["page=11&per_page=200", "DISCRETE_PAGINATION_LIMIT_EXCEEDED"],
    ["page=-3", "INVALID_DATA"],
    ["per_page=abc", "INVALID_DATA"],
    ["per_page=100000", "INVALID_DATA"],
  ])("GET Leads?%s: HTTP 400 %s", async (query, code) => {
    const res = await call(ava, `crm/v8/Leads?fields=id&${query}`);
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe(code);
  });

  it("odd ids and paths stay Zoho's answers", async () => {
    expect((await call(ava, "crm/v8/Leads/99999999999999999999999")).status).toBe(404);
    expect((await call(ava, "crm/v8/Leads/1234")).status).toBe(204);
    expect((await call(ava, "crm/v8/Leads/%00")).status).toBe(404);
    expect((await call(ava, `crm/v8/${"a".repeat(3000)}`)).status).toBeLessThan(500);
    expect((await api(ava.api_domain, "x".repeat(5000), "crm/v8/users")).status).toBe(401);
  });

  it("a flood of creates keeps at most 200 stored Leads per user and data centre", async () => {
    const priya = await tokensFor("priya.raman@sandbox.zoho.test", "ZohoCRM.modules.ALL");
    const batch = { data: Array.from({ length: 100 }, (_, i) => ({ Last_Name: `Flood ${i}` })) };
    for (let i = 0; i < 3; i++) expect((await post(priya, "crm/v8/Leads", batch)).status).toBe(201);
    let total = 0;
    for (let page = 1; ; page++) {
      const { data, info } = await (await call(priya, `crm/v8/Leads?fields=id&page=${page}`)).json();
      total += data.length;
      if (!info.more_records) break;
    }
    expect(total).toBe(200 + 25);
  });
});

describe("the server's log", () => {
  it("has no failure of the product APIs and no access token", () => {
    const log = fs.readFileSync(inject("serverLog"), "utf8");
    expect(log).not.toMatch(/\[sandbox\] (GET|POST) \/sandbox\/[a-z]+\/api\//);
    for (const t of [ava, emma, avaUsersOnly]) expect(log).not.toContain(t.access_token);
  });
});
