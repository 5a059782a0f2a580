import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { decodeHtml, findForm, submitForm } from "./forms";
import { newState } from "./console-authorize";
import { obtainCode } from "./sandbox";
import { locationOf, Session } from "./session";

// Workspace API keys (created and revoked in the console) and the read-only API they open:
// GET /api/v1/grants, /api/v1/clients, /api/v1/openapi.json — over HTTP, against the running console.
const seeded = inject("seeded");
const owner = new Session();
const otherOwner = new Session();
const PROBLEMS = "https://zoho-oauth-console.dev/problems/";
const TOKEN_SHAPED = /1000\.[0-9a-f]{32}\.[0-9a-f]{32}/;
const JACK = "jack.wilson@sandbox.zoho.test";
const HARUTO = "haruto.sato@sandbox.zoho.test";
const GRANT_FIELDS = [
  "access_token_expires_at",
  "accounts_server",
  "api_domain",
  "client",
  "created_at",
  "id",
  "label",
  "last_refresh_at",
  "location",
  "org_wide",
  "refresh_token_last4",
  "scopes",
  "status",
  "zoho_user",
];
const CLIENT_FIELDS = ["archived", "enabled_dcs", "environment", "home_dc", "id", "name", "redirect_uris", "type", "zoho_client_id"];

const keysPage = (slug: string) => `/w/${slug}/settings/api-keys`;
const prefixOf = (key: string) => key.split("_")[1];
const call = (path: string, headers: Record<string, string> = {}) => fetch(`${owner.baseUrl}${path}`, { headers });
const get = (path: string, key: string) => call(path, { authorization: `Bearer ${key}` });
async function list(path: string, key: string): Promise<{ data: { id: string; [k: string]: unknown }[]; next_cursor: string | null }> {
  const res = await get(path, key);
  expect(res.status, path).toBe(200);
  expect(res.headers.get("content-type")).toContain("application/json");
  return res.json();
}
const ids = async (path: string, key: string) => (await list(path, key)).data.map((g) => g.id);

async function expectProblem(res: Response, status: number, type: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  const body = await res.json();
  expect(body).toMatchObject({ type: `${PROBLEMS}${type}`, status });
  return body;
}

/** Replays the server-rendered create form; the key is in the answer's HTML, once. */
async function createKey(session: Session, slug: string, values: Record<string, string>) {
  const page = keysPage(slug);
  const form = findForm(await (await session.fetch(page)).text(), "create-api-key");
  const res = await submitForm(session, page, form, values);
  expect(res.status).toBe(200);
  const html = decodeHtml(await res.text());
  return { key: /data-testid="new-api-key"[^>]*>([^<]+)</.exec(html)?.[1] ?? "", html };
}

async function revokeKey(session: Session, slug: string, key: string) {
  const page = keysPage(slug);
  const html = await (await session.fetch(page)).text();
  const row = html.slice(html.indexOf(`data-prefix="${prefixOf(key)}"`));
  expect((await submitForm(session, page, findForm(row, "revoke-api-key"))).status).toBe(200);
}

async function newGrant(userEmail: string) {
  const state = await newState(owner, seeded.second.clientId);
  const code = await obtainCode(owner, { state, userEmail, zohoClientId: seeded.second.zohoClientId });
  const res = await owner.fetch(
    `/oauth/callback?${new URLSearchParams({ code: code.code, location: code.location, "accounts-server": code.accountsServer, state })}`,
  );
  expect(await (await owner.fetch(locationOf(res))).text()).toContain('data-outcome="grant_created"');
}

async function sandboxControl(body: object) {
  const res = await owner.fetch(`/sandbox/control?workspace=${seeded.slug}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
  expect(res.status).toBe(200);
}

let allKey = "",
  jack = "",
  haruto = "";
beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  await otherOwner.signIn(seeded.other.email, seeded.password);
  // Grants of the second client (the main client's 10 codes per 10 minutes belong to callback.test.ts).
  // Other files may have spent its codes already: raise the sandbox's limit while this file runs.
  await sandboxControl({ codeLimit: 1000 });
  await newGrant(JACK);
  await newGrant(HARUTO);
  allKey = (await createKey(owner, seeded.slug, { name: "All grants (api-keys.test)" })).key;
  // This file's grants: the newest of each user for the second client (other files may make grants for
  // the same sandbox users with other clients, before or after this one).
  jack = (await ids(`/api/v1/grants?client=${seeded.second.clientId}&zohoUser=${JACK}`, allKey)).at(-1)!;
  haruto = (await ids(`/api/v1/grants?client=${seeded.second.clientId}&zohoUser=${encodeURIComponent(HARUTO.toUpperCase())}`, allKey)).at(
    -1,
  )!;
  expect(jack).toBeTruthy();
  expect(haruto).toBeTruthy();
});
afterAll(() => sandboxControl({ reset: true }));

describe("creating and revoking keys in the console", () => {
  it("shows a new key once; the list shows only its prefix", async () => {
    const { key, html } = await createKey(owner, seeded.slug, { name: "Shown once" });
    expect(key).toMatch(/^zoc_[0-9a-f]{12}_[A-Za-z0-9_-]{32}$/);
    expect(html).toContain("not shown again");
    const page = decodeHtml(await (await owner.fetch(keysPage(seeded.slug))).text());
    expect(page).not.toContain(key);
    expect(page).toContain(`zoc_${prefixOf(key)}_…`);
    expect(page).toContain("all grants");
  });

  it("refuses bad input and grants that are not the workspace's, and creates no key", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ name: "" }, "Name the key"],
      [{ name: "x".repeat(61) }, "under 60 characters"],
      [{ name: "Past", expiresOn: "2020-01-01" }, "in the future"],
      [{ name: "None picked", scope: "grants" }, "Pick at least one grant"],
      [{ name: "Foreign", scope: "grants", grantIds: "not-a-grant-of-this-workspace" }, "not in this workspace"],
    ];
    for (const [values, message] of cases) {
      const { key, html } = await createKey(owner, seeded.slug, values);
      expect(key, JSON.stringify(values)).toBe("");
      expect(html).toContain(message);
    }
  });

  it("records when a key was last used", async () => {
    const html = await (await owner.fetch(keysPage(seeded.slug))).text();
    const row = html.slice(html.indexOf(`data-prefix="${prefixOf(allKey)}"`)).split("</tr>")[0];
    expect(row.match(/<time\b/g)).toHaveLength(2); // created and last used; "never" expires
  });

  it("a revoked key gets 401 at once", async () => {
    const { key } = await createKey(owner, seeded.slug, { name: "To be revoked" });
    expect((await get("/api/v1/grants", key)).status).toBe(200);
    await revokeKey(owner, seeded.slug, key);
    await expectProblem(await get("/api/v1/grants", key), 401, "unauthenticated");
    await expectProblem(await get("/api/v1/clients", key), 401, "unauthenticated");
    // Both are in the audit trail, by prefix; the key itself is nowhere.
    for (const action of ["apikey.created", "apikey.revoked"]) {
      const audit = decodeHtml(await (await owner.fetch(`/w/${seeded.slug}/audit?action=${action}`)).text());
      expect(audit, action).toContain(prefixOf(key));
      expect(audit).not.toContain(key);
    }
  });
});

describe("authentication", () => {
  const variants = (): [string, Record<string, string>][] => [
    ["no header", {}],
    ["empty bearer", { authorization: "Bearer " }],
    ["malformed key", { authorization: "Bearer nope" }],
    ["another scheme", { authorization: `Basic ${allKey}` }],
    ["right prefix, wrong secret", { authorization: `Bearer ${allKey.slice(0, -1)}${allKey.endsWith("A") ? "B" : "A"}` }],
    ["expired key", { authorization: `Bearer ${seeded.expiredApiKey}` }],
  ];
  for (const path of ["/api/v1/grants", "/api/v1/clients"]) {
    it(`${path}: 401 problem JSON with WWW-Authenticate for every bad credential`, async () => {
      for (const [name, headers] of variants()) {
        const res = await call(path, headers);
        expect(res.status, name).toBe(401);
        expect(res.headers.get("www-authenticate"), name).toBe("Bearer");
        await expectProblem(res, 401, "unauthenticated");
      }
    });
  }
});

describe("GET /api/v1/grants", () => {
  it("lists metadata only: the documented fields, never tokens or ciphertexts", async () => {
    const res = await get("/api/v1/grants?limit=200", allKey);
    const text = await res.text();
    expect(text).not.toMatch(/cipher/i);
    expect(text).not.toMatch(TOKEN_SHAPED);
    const body = JSON.parse(text);
    const grant = body.data.find((g: { id: string }) => g.id === jack);
    expect(Object.keys(grant).sort()).toEqual(GRANT_FIELDS);
    expect(grant).toMatchObject({
      location: "au",
      status: "ACTIVE",
      zoho_user: { email: JACK },
      client: { id: seeded.second.clientId, name: "Token API app" },
      refresh_token_last4: expect.stringMatching(/^.{4}$/),
    });
    expect(body.next_cursor).toBeNull();
  });

  it("filters by client, location, status and Zoho user", async () => {
    expect(await ids(`/api/v1/grants?client=${seeded.second.clientId}&limit=200`, allKey)).toEqual(expect.arrayContaining([jack, haruto]));
    expect(await ids(`/api/v1/grants?client=${seeded.matrixClientId}`, allKey)).toEqual([]);
    const au = await list("/api/v1/grants?location=au", allKey);
    expect(au.data.map((g) => g.id)).toContain(jack);
    expect(au.data.every((g) => g.location === "au")).toBe(true);
    const activeJack = await list(`/api/v1/grants?status=ACTIVE&zohoUser=${JACK}`, allKey);
    expect(activeJack.data.map((g) => g.id)).toContain(jack);
    expect(activeJack.data.every((g) => g.status === "ACTIVE" && (g.zoho_user as { email?: string } | null)?.email === JACK)).toBe(true);
    expect(await ids(`/api/v1/grants?client=${seeded.second.clientId}&status=revoked&zohoUser=${JACK}`, allKey)).toEqual([]);
    // An email is matched whole: no LIKE wildcards.
    expect(await ids(`/api/v1/grants?zohoUser=${encodeURIComponent(`_${JACK.slice(1)}`)}`, allKey)).toEqual([]);
    expect(await ids(`/api/v1/grants?zohoUser=${encodeURIComponent(`%${JACK.slice(3)}`)}`, allKey)).toEqual([]);
  });

  it("pages with a cursor through every grant exactly once", async () => {
    const all = await ids("/api/v1/grants?limit=200", allKey);
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof list>> = await list(`/api/v1/grants?limit=1${cursor ? `&cursor=${cursor}` : ""}`, allKey);
      walked.push(...page.data.map((g) => g.id));
      cursor = page.next_cursor;
    } while (cursor && walked.length <= all.length);
    expect(walked).toEqual(all);
  });

  it.each([["limit=0"], ["limit=201"], ["limit=ten"], ["status=GONE"], ["location=mars"], ["cursor=not%20an%20id"], ["clientId=typo"]])(
    "422 problem JSON for %s",
    async (query) => {
      const body = await expectProblem(await get(`/api/v1/grants?${query}`, allKey), 422, "invalid-request");
      expect(body.errors[0].param).toBe(query.split("=")[0]);
    },
  );
});

describe("GET /api/v1/clients", () => {
  it("lists client configuration, never secrets", async () => {
    const text = await (await get("/api/v1/clients?limit=200", allKey)).text();
    for (const secret of [seeded.clientSecret, "matrix-secret", "last4"]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/cipher/i);
    expect(text).not.toMatch(TOKEN_SHAPED);
    const client = JSON.parse(text).data.find((c: { id: string }) => c.id === seeded.clientId);
    expect(Object.keys(client).sort()).toEqual(CLIENT_FIELDS);
    expect(client).toMatchObject({
      zoho_client_id: seeded.zohoClientId,
      home_dc: "us",
      redirect_uris: [seeded.redirectUri],
      archived: false,
    });
  });

  it("pages with a cursor", async () => {
    const first = await list("/api/v1/clients?limit=1", allKey);
    expect(first.data).toHaveLength(1);
    const second = await list(`/api/v1/clients?limit=1&cursor=${first.next_cursor}`, allKey);
    expect(second.data[0].id).not.toBe(first.data[0].id);
    await expectProblem(await get("/api/v1/clients?limit=500", allKey), 422, "invalid-request");
  });
});

describe("a key limited to one grant", () => {
  let scoped = "";
  beforeAll(async () => {
    scoped = (await createKey(owner, seeded.slug, { name: "Jack only", scope: "grants", grantIds: jack })).key;
  });

  it("sees only that grant, and only its client", async () => {
    expect(await ids("/api/v1/grants", scoped)).toEqual([jack]);
    expect(await ids(`/api/v1/grants?zohoUser=${HARUTO}`, scoped)).toEqual([]);
    expect(await ids(`/api/v1/grants?client=${seeded.second.clientId}`, scoped)).toEqual([jack]);
    expect(await ids("/api/v1/clients", scoped)).toEqual([seeded.second.clientId]);
    const page = await (await owner.fetch(keysPage(seeded.slug))).text();
    expect(page.slice(page.indexOf(`data-prefix="${prefixOf(scoped)}"`)).split("</tr>")[0]).toContain("1 grant");
  });

  it("gets 404 for clients and grants outside its scope", async () => {
    await expectProblem(await get(`/api/v1/grants?client=${seeded.clientId}`, scoped), 404, "not-found");
    await expectProblem(await get(`/api/v1/grants/${haruto}/access-token`, scoped), 404, "not-found");
  });
});

describe("workspaces are separate", () => {
  let otherKey = "";
  beforeAll(async () => {
    const empty = decodeHtml(await (await otherOwner.fetch(keysPage(seeded.other.slug))).text());
    expect(empty).toContain("No API keys yet");
    expect(empty).toContain(`${owner.baseUrl}/api/v1/grants`);
    otherKey = (await createKey(otherOwner, seeded.other.slug, { name: "Elsewhere's key" })).key;
  });

  it("a key of workspace B gets 404 for workspace A's grants and clients, and lists none of them", async () => {
    await expectProblem(await get(`/api/v1/grants?client=${seeded.clientId}`, otherKey), 404, "not-found");
    await expectProblem(await get(`/api/v1/grants/${jack}/access-token`, otherKey), 404, "not-found");
    const grants = await ids("/api/v1/grants?limit=200", otherKey);
    expect(grants).not.toContain(jack);
    expect(grants).not.toContain(haruto);
    const clients = await ids("/api/v1/clients?limit=200", otherKey);
    expect(clients).toContain(seeded.other.clientId);
    for (const id of [seeded.clientId, seeded.matrixClientId, seeded.second.clientId]) expect(clients).not.toContain(id);
  });

  it("a key of workspace A gets 404 for workspace B's client, and never lists B's data", async () => {
    await expectProblem(await get(`/api/v1/grants?client=${seeded.other.clientId}`, allKey), 404, "not-found");
    for (const path of ["/api/v1/grants?limit=200", "/api/v1/clients?limit=200"]) {
      const text = await (await get(path, allKey)).text();
      expect(text).not.toContain(seeded.other.clientId);
      expect(text).not.toContain("Elsewhere");
    }
  });

  it("one workspace's owner cannot open or use another's key page", async () => {
    expect((await owner.fetch(keysPage(seeded.other.slug))).status).toBe(404);
  });
});

describe("documentation", () => {
  it("serves the OpenAPI document publicly, with the three paths and the problem types", async () => {
    const res = await call("/api/v1/openapi.json");
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.servers[0].url).toBe(owner.baseUrl);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/grants", "/api/v1/clients", "/api/v1/grants/{id}/access-token"]),
    );
    const text = JSON.stringify(doc);
    for (const type of [
      "unauthenticated",
      "not-found",
      "invalid-request",
      "zoho-unavailable",
      "refresh-limit",
      "grant-revoked",
      "grant-invalid",
    ])
      expect(text).toContain(`${PROBLEMS}${type}`);
  });

  it("shows every member the API page with curl examples on the console's origin", async () => {
    const viewer = await new Session().signIn(seeded.members.VIEWER.email, seeded.password);
    const html = decodeHtml(await (await viewer.fetch(`/w/${seeded.slug}/api`)).text());
    expect(html).toContain(`${owner.baseUrl}/api/v1/grants?location=eu`);
    expect(html).toContain(`${owner.baseUrl}/api/v1/clients`);
    expect(html).toContain(`${PROBLEMS}refresh-limit`);
  });
});
