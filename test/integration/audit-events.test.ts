import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { decodeHtml, findForm, findFormWith, inlineStreamed, submitForm } from "./forms";
import { newState } from "./console-authorize";
import { obtainCode } from "./sandbox";
import { Session } from "./session";

// Every security-relevant action, done over HTTP the way a person or a service does it, writes
// exactly one audit event with the right actor and no secret; the same action refused writes none.
// The trail is read through the incremental export (`after=<seq>`), whose own event ends each read.
const seeded = inject("seeded");
const w = `/w/${seeded.slug}`;
const admin = new Session();
const owner = new Session(); // the authorizations in `states` are the owner's: their callbacks come back in the owner's browser
const adminId = seeded.members.ADMIN.id;
const newSecret = "rotated-secret-0000000000000000000000000001";
const dcSecret = "eu-secret-00000000000000000000000000000002";
// Zoho's token and code format, as the sandbox issues them: none may ever reach the trail.
const TOKEN = /1000\.[0-9a-f]{32}\.[0-9a-f]{32}/;

type AuditEvent = {
  seq: number;
  action: string;
  actorId: string | null;
  targetType: string;
  targetId: string | null;
  data: Record<string, unknown>;
  ip: string | null;
};
let cursor = 0;
const secrets: string[] = [seeded.password, seeded.clientSecret, newSecret, dcSecret];

/** The events written since the last read (this read's own "audit.exported" taken off the end). */
async function newEvents(): Promise<AuditEvent[]> {
  const events: AuditEvent[] = await (await admin.fetch(`${w}/audit/export?format=json&after=${cursor}`)).json();
  const own = events.pop()!;
  expect(own).toMatchObject({ action: "audit.exported", actorId: adminId });
  cursor = own.seq;
  const text = JSON.stringify(events);
  for (const secret of secrets) expect(text, "a secret reached the audit trail").not.toContain(secret);
  expect(text).not.toMatch(TOKEN);
  // Repeated identical callback failures that other test files made in this workspace (fuzz.test.ts sends hundreds)
  // are audited as one event when their window closes, 10 minutes on, whenever the upkeep runs
  // (close-failure-windows.ts, `repeats`): not an action of this file.
  return events.filter((e) => !(e.action === "callback.failed" && "repeats" in e.data));
}

async function exactlyOne(action: string, actorId: string | null = adminId): Promise<AuditEvent> {
  const events = await newEvents();
  expect(
    events.map((e) => e.action),
    `events after ${action}`,
  ).toEqual([action]);
  expect(events[0].actorId).toEqual(actorId);
  return events[0];
}
async function none(what: string) {
  expect(
    (await newEvents()).map((e) => e.action),
    `a refused ${what} wrote events`,
  ).toEqual([]);
}

async function submit(page: string, form: string, values: Record<string, string> = {}, from?: string) {
  const html = from ?? (await (await admin.fetch(page)).text());
  const response = await submitForm(admin, page, findForm(html, form), values);
  expect(response.status).toBeLessThan(500);
  return decodeHtml(await response.text());
}
const control = (body: object) =>
  admin.fetch(`/sandbox/control?workspace=${seeded.slug}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });

let ownerId = "";
let clientId = "";
let grantId = "";
let apiKey = "";
let states: string[] = [];

beforeAll(async () => {
  await admin.signIn(seeded.members.ADMIN.email, seeded.password);
  // Two authorizations of the owner's, for the callback events below (their callbacks come back in the owner's browser).
  const starter = await new Session().signIn(seeded.email, seeded.password);
  states = [await newState(starter), await newState(starter)];
  await newEvents(); // start from here
  await control({ codeLimit: 1000 }); // other files may have spent the client's 10 codes per 10 minutes
});
afterAll(() => control({ reset: true }));

describe("each action writes exactly one event; a refused one writes none", () => {
  it("sign-in, and a failed sign-in (without the password)", async () => {
    await owner.signIn(seeded.email, seeded.password);
    ownerId = (await exactlyOne("user.signed_in", expect.any(String) as unknown as string)).actorId!;
    await expect(new Session().signIn(seeded.members.ADMIN.email, "not the password")).rejects.toThrow(/sign-in failed/);
    const failed = await exactlyOne("user.sign_in_failed");
    expect(failed.data).toMatchObject({ email: seeded.members.ADMIN.email, method: "password" });
    expect(JSON.stringify(failed)).not.toContain("not the password");
  });

  it("workspace settings: rename, limits, retention", async () => {
    await submit(`${w}/settings`, "rename-workspace", { name: "x" });
    await none("rename");
    await submit(`${w}/settings`, "rename-workspace", { name: "Integration" });
    await exactlyOne("workspace.renamed");
    await submit(`${w}/settings`, "update-limits", { limitCodesPerWindow: "0" });
    await none("limits change");
    await submit(`${w}/settings`, "update-limits", { limitCodesPerWindow: "10" });
    await exactlyOne("workspace.limits_changed");
    await submit(`${w}/settings`, "update-audit-retention", { auditRetentionDays: "5" });
    await none("retention change");
    await submit(`${w}/settings`, "update-audit-retention", { auditRetentionDays: "3650" });
    // Every event is younger than ten years: the setting is recorded, nothing is dropped.
    expect((await exactlyOne("workspace.retention_changed")).data).toEqual({ auditRetentionDays: 3650 });
    await submit(`${w}/settings`, "update-audit-retention", { auditRetentionDays: "" });
    expect((await exactlyOne("workspace.retention_changed")).data).toEqual({ auditRetentionDays: null });
  });

  it("members: invite, revoke the invite, change a role", async () => {
    const members = `${w}/members`;
    await submit(members, "create-invite", { email: "not-an-email", role: "VIEWER" });
    await none("invite");
    const html = await submit(members, "create-invite", { email: "audited@integration.test", role: "VIEWER" });
    const link = /data-testid="invite-link"[^>]*>([^<]+)</.exec(html)?.[1];
    const invited = await exactlyOne("member.invited");
    expect(link && JSON.stringify(invited)).not.toContain(link!.split("/").pop()!); // the invite token stays out
    const page = await (await admin.fetch(members)).text();
    const row = page.slice(page.indexOf("audited@integration.test"));
    await submit(members, "revoke-invite", {}, row);
    await exactlyOne("member.invite_revoked");
    await submit(members, "change-role", { userId: "nobody", role: "VIEWER" });
    await submit(members, "change-role", { userId: seeded.members.VIEWER.id, role: "VIEWER" }); // no change
    await none("role change");
    await submit(members, "change-role", { userId: seeded.members.VIEWER.id, role: "DEVELOPER" });
    expect(await exactlyOne("member.role_changed")).toMatchObject({
      targetId: seeded.members.VIEWER.id,
      data: { from: "VIEWER", to: "DEVELOPER" },
    });
    await submit(members, "change-role", { userId: seeded.members.VIEWER.id, role: "VIEWER" });
    await exactlyOne("member.role_changed");
  });

  it("members: someone joins by invite (and is signed in), then is removed", async () => {
    const members = `${w}/members`;
    const html = await submit(members, "create-invite", { email: "joiner@integration.test", role: "DEVELOPER" });
    await exactlyOne("member.invited");
    const link = new URL(/data-testid="invite-link"[^>]*>([^<]+)</.exec(html)![1]);
    const joiner = new Session();
    const invitePage = await (await joiner.fetch(link.pathname)).text();
    await submitForm(joiner, link.pathname, findForm(invitePage, "sign-up-with-invite"), { name: "Joiner", password: "short" });
    await none("sign-up");
    await submitForm(joiner, link.pathname, findForm(invitePage, "sign-up-with-invite"), {
      name: "Joiner",
      password: "a long enough password",
    });
    secrets.push("a long enough password");
    const events = await newEvents();
    // Two actions: the account joins the workspace, and the new account is signed in.
    expect(events.map((e) => e.action)).toEqual(["member.joined", "user.signed_in"]);
    const joinerId = events[0].actorId!;
    expect(events[1].actorId).toBe(joinerId);
    const page = await (await admin.fetch(members)).text();
    await submitForm(admin, members, findFormWith(page, "remove-member", joinerId));
    expect(await exactlyOne("member.removed")).toMatchObject({ targetId: joinerId });
  });

  it("client configurations exported and imported", async () => {
    const exported = await admin.fetch(`${w}/clients/export`, {
      method: "POST",
      body: new URLSearchParams({}),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(exported.status).toBe(200);
    const doc = await exported.json();
    await exactlyOne("clients.exported");
    const page = `${w}/clients/transfer`;
    const form = findForm(await (await admin.fetch(page)).text(), "import-clients");
    const body = new FormData();
    for (const [name, value] of form.fields) if (name !== "file" && name !== "passphrase") body.append(name, value);
    body.append("file", new Blob(["not json"], { type: "application/json" }), "export.json");
    await admin.fetch(form.action ?? page, { method: "POST", body });
    await none("import");
    body.set("file", new Blob([JSON.stringify(doc)], { type: "application/json" }), "export.json");
    await admin.fetch(form.action ?? page, { method: "POST", body });
    await exactlyOne("clients.imported");
  });

  it("clients: create, update, archive, restore", async () => {
    await submit(`${w}/clients/new`, "create-client", {
      provider: "ZOHO",
      type: "SERVER",
      name: "",
      zohoClientId: "1000.AUDITED00000000000000000000001",
      clientSecret: "s",
    });
    await none("client registration");
    await submit(`${w}/clients/new`, "create-client", {
      provider: "ZOHO",
      type: "SERVER",
      name: "Audited app",
      zohoClientId: "1000.AUDITED00000000000000000000001",
      clientSecret: "original-secret-00000000000000000000000000",
      redirectUris: `${inject("baseUrl")}/oauth/callback`,
      homeDc: "us",
      enabledDcs: "eu",
    });
    secrets.push("original-secret-00000000000000000000000000");
    const created = await exactlyOne("client.created");
    clientId = created.targetId!;
    const page = `${w}/clients/${clientId}`;
    await submit(page, "update-client", { name: "" });
    await none("client update");
    await submit(page, "update-client", { name: "Audited app (renamed)" });
    await exactlyOne("client.updated");
    await submit(page, "archive-client");
    await exactlyOne("client.archived");
    await submit(page, "restore-client");
    await exactlyOne("client.restored");
  });

  it("secrets: reveal, rotate (start, cancel, confirm), per-DC secret set and removed", async () => {
    const page = `${w}/clients/${clientId}`;
    await submit(page, "reveal-secret", { password: "wrong password" });
    await none("reveal");
    expect(await submit(page, "reveal-secret", { password: seeded.password })).toContain("original-secret-00000000000000000000000000");
    await exactlyOne("secret.revealed");
    await submit(page, "start-rotation", { secret: "x" });
    await none("rotation");
    await submit(page, "start-rotation", { secret: newSecret });
    await exactlyOne("secret.rotation_started");
    await submit(page, "cancel-rotation");
    await exactlyOne("secret.rotation_cancelled");
    await submit(page, "start-rotation", { secret: newSecret });
    await exactlyOne("secret.rotation_started");
    await submit(page, "confirm-rotation");
    await exactlyOne("secret.rotated");
    await submit(page, "set-dc-secret", { location: "eu", secret: "short" });
    await none("DC secret");
    await submit(page, "set-dc-secret", { location: "eu", secret: dcSecret });
    await exactlyOne("secret.dc_set");
    await submit(page, "remove-dc-secret");
    await exactlyOne("secret.dc_removed");
  });

  it("authorization started; callback outcomes: a failure, and a code exchanged for a grant", async () => {
    await submit(`${w}/authorize`, "start-authorization", { clientId: seeded.clientId, redirectUri: "https://evil.example/cb" });
    await none("authorization");
    const started = await submit(`${w}/authorize`, "start-authorization", { clientId: seeded.clientId });
    expect(started).not.toContain("Pick one of");
    await exactlyOne("authorization.started");

    // The user said no at Zoho: one event, attributed to who started the authorization, from the callback's IP.
    const [denied, state] = states;
    await owner.fetch(`/oauth/callback?${new URLSearchParams({ state: denied, error: "access_denied" })}`);
    const failed = await exactlyOne("callback.failed", ownerId);
    expect(failed.data).toMatchObject({ clientId: seeded.clientId, outcome: "rejected", error: "access_denied" });
    // A callback that names no workspace (unknown state) belongs to no workspace's trail.
    await owner.fetch(`/oauth/callback?${new URLSearchParams({ state: "not-a-state", code: "1000.x.y" })}`);
    await none("callback with an unknown state");

    const code = await obtainCode(owner, { state, userEmail: "ava.carter@sandbox.zoho.test" });
    secrets.push(code.code);
    await owner.fetch(
      `/oauth/callback?${new URLSearchParams({ code: code.code, location: code.location, "accounts-server": code.accountsServer, state })}`,
    );
    const grant = await exactlyOne("grant.created", ownerId);
    expect(grant.data).toMatchObject({ clientId: seeded.clientId, authRequestId: expect.any(String) });
    grantId = grant.targetId!;
  });

  it("grants: refresh, relabel", async () => {
    const page = `${w}/grants/${grantId}`;
    await submit(page, "refresh-grant");
    expect((await exactlyOne("grant.refreshed")).data).toMatchObject({ trigger: "console" });
    await submit(page, "relabel-grant", { label: "x".repeat(500) });
    await none("relabel");
    await submit(page, "relabel-grant", { label: "Audited grant" });
    await exactlyOne("grant.relabelled");
  });

  it("API keys: created (the key stays out), used once per hour however often, revoked", async () => {
    const page = `${w}/settings/api-keys`;
    await submit(page, "create-api-key", { name: "" });
    await none("API key");
    const html = await submit(page, "create-api-key", { name: "Audited key" });
    apiKey = /data-testid="new-api-key"[^>]*>([^<]+)</.exec(html)?.[1] ?? "";
    expect(apiKey).toMatch(/^zoc_/);
    secrets.push(apiKey);
    const created = await exactlyOne("apikey.created");
    const hour = Math.floor(Date.now() / 3_600_000);
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${inject("baseUrl")}/api/v1/grants/${grantId}/access-token`, {
        headers: { authorization: `Bearer ${apiKey}` },
      });
      expect(res.status).toBe(200);
    }
    // Uses are counted in memory and written in batches (lib/token-cache/usage-flusher.ts, every 5 s).
    const used = await newEvents();
    for (let i = 0; i < 50 && !used.length; i++) {
      await new Promise((r) => setTimeout(r, 200));
      used.push(...(await newEvents()));
    }
    // One per clock hour: two only if the hour turned during these five requests.
    expect(used.map((e) => e.action)).toEqual(
      Math.floor(Date.now() / 3_600_000) === hour ? ["apikey.used"] : ["apikey.used", "apikey.used"],
    );
    expect(used[0]).toMatchObject({ targetId: created.targetId, actorId: null });
    const keys = inlineStreamed(await (await admin.fetch(page)).text());
    await submit(page, "revoke-api-key", {}, keys.slice(keys.indexOf(`data-prefix="${apiKey.split("_")[1]}"`)));
    await exactlyOne("apikey.revoked");
    expect((await fetch(`${inject("baseUrl")}/api/v1/grants`, { headers: { authorization: `Bearer ${apiKey}` } })).status).toBe(401);
    await none("use of a revoked key");
  });

  it("grant revoked", async () => {
    await submit(`${w}/grants/${grantId}`, "revoke-grant");
    await exactlyOne("grant.revoked");
  });

  it("audit export (each read above was one), with the filter it used", async () => {
    await admin.fetch(`${w}/audit/export?format=csv&action=grant.revoked`);
    const [exported] = await newEvents();
    expect(exported).toMatchObject({ action: "audit.exported", actorId: adminId, data: { format: "csv" } });
    expect(String(exported.data.filter)).toContain("grant.revoked");
  });
});

describe("finding events", () => {
  it("full-text search on the summary, by word prefix", async () => {
    const html = await (await admin.fetch(`${w}/audit?q=${encodeURIComponent("audited@integ")}`)).text();
    expect(html).toContain('data-action="member.invited"');
    expect(html).not.toContain('data-action="client.created"');
    const both = await (await admin.fetch(`${w}/audit?q=${encodeURIComponent("client.creat audited")}`)).text();
    expect(both).toContain('data-action="client.created"');
    expect(both).not.toContain('data-action="member.invited"');
    const none = await (await admin.fetch(`${w}/audit?q=${encodeURIComponent("zzzz-nothing-like-this")}`)).text();
    expect(none).toContain("No events match");
    // tsquery's own syntax in the box is taken as text, never as an error.
    expect((await admin.fetch(`${w}/audit?q=${encodeURIComponent("a & | ! ( ) : * ' \\")}`)).status).toBe(200);
  });

  it("a time range: today's events, and none before the console existed", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const todays = await (await admin.fetch(`${w}/audit?from=${today}&to=${today}&action=client.created`)).text();
    expect(todays).toContain('data-action="client.created"');
    const longAgo = await (await admin.fetch(`${w}/audit?from=2001-01-01&to=2001-12-31`)).text();
    expect(longAgo).toContain("No events match");
    const since = await (await admin.fetch(`${w}/audit?from=2001-01-01&action=client.created`)).text();
    expect(since).toContain('data-action="client.created"');
  });

  it("one grant's history: its own events and none of others", async () => {
    const events: AuditEvent[] = await (await admin.fetch(`${w}/audit/export?format=json&target=${grantId}`)).json();
    cursor = Math.max(cursor, ...events.map((e) => e.seq));
    expect(events.map((e) => e.action)).toEqual(["grant.created", "grant.refreshed", "grant.relabelled", "grant.revoked"]);
  });
});
