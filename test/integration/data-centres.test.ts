import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { decodeHtml, findForm, submitForm } from "./forms";
import { obtainCode } from "./sandbox";
import { locationOf, Session } from "./session";

// Issue 12: Zoho's data centres are a table (seeded with UAE), refreshed from serverinfo and extended by
// an admin; every list and the sandbox read it. Sources: Zoho's multi-DC pages
// (https://zoho.com/accounts/protocol/oauth/multi-dc.html, WorkDrive's multi-DC page for UAE).
const seeded = inject("seeded");
const owner = new Session();
const viewer = new Session();
const settings = `/w/${seeded.slug}/settings/data-centres`;
const launched = "zq";

const sandboxControl = (path: string, init: RequestInit = {}) =>
  owner.fetch(`/sandbox/control${path}${path.includes("?") ? "&" : "?"}workspace=${seeded.slug}`, {
    ...init,
    headers: { "content-type": "application/json" },
  });

async function submit(name: string, values: Record<string, string> = {}) {
  const page = await (await owner.fetch(settings)).text();
  const response = await submitForm(owner, settings, findForm(page, name), values);
  expect(response.status).toBe(200);
  return decodeHtml(await response.text());
}
const rows = async () =>
  [...(await (await owner.fetch(settings)).text()).matchAll(/data-testid="data-centre-row" data-location="([a-z]+)"/g)].map((m) => m[1]);
const auditSince = async (seq: number) =>
  (await (await owner.fetch(`/w/${seeded.slug}/audit/export?format=json&after=${seq}`)).json()) as {
    seq: number;
    action: string;
    targetId: string | null;
    data: Record<string, unknown>;
  }[];
const lastSeq = async () => (await auditSince(0)).at(-1)!.seq;

beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  await viewer.signIn(seeded.members.VIEWER.email, seeded.password);
  await sandboxControl("", { method: "POST", body: JSON.stringify({ codeLimit: 1000 }) });
});
afterAll(async () => {
  await sandboxControl(`/data-centres?location=${launched}`, { method: "DELETE" });
  await sandboxControl("", { method: "POST", body: JSON.stringify({ reset: true }) });
});

describe("the data-centre table", () => {
  it("is seeded with Zoho's ten data centres, UAE (ae) included, and the client form offers them", async () => {
    expect(await rows()).toEqual(expect.arrayContaining(["us", "eu", "in", "au", "jp", "ca", "sa", "uk", "ae", "cn"]));
    const form = await (await owner.fetch(`/w/${seeded.slug}/clients/new`)).text();
    expect(form).toContain("United Arab Emirates");
  });

  it("UAE end to end: a UAE user's consent gives a grant in ae at the sandbox's ae accounts server", async () => {
    const clientPage = await (await owner.fetch(`/w/${seeded.slug}/clients/${seeded.clientId}`)).text();
    const callbackUrl = /data-testid="client-callback-url">([^<]+)</.exec(clientPage)![1];
    const code = await obtainCode(owner, { state: "uae", userEmail: "fatima.almansoori@sandbox.zoho.test", redirectUri: callbackUrl });
    expect(code).toMatchObject({ location: "ae", accountsServer: `${owner.baseUrl}/sandbox/ae` });
    const response = await owner.fetch(
      `${callbackUrl}?${new URLSearchParams({ code: code.code, location: code.location, "accounts-server": code.accountsServer, state: "uae" })}`,
    );
    const result = await (await owner.fetch(locationOf(response))).text();
    expect(/data-outcome="([a-z_]+)"/.exec(result)?.[1]).toBe("grant_created");
    const grants = await (await owner.fetch(`/w/${seeded.slug}/grants`)).text();
    expect(grants).toContain(`${owner.baseUrl}/sandbox/ae`);
    expect(grants).toContain("fatima.almansoori@sandbox.zoho.test");
  });

  it("only admins manage it: a viewer gets 404", async () => {
    expect((await viewer.fetch(settings)).status).toBe(404);
  });
});

describe("refresh from serverinfo", () => {
  it("learns a data centre the sandbox's Zoho opened, audits it in the workspace, and the sandbox serves it", async () => {
    expect(
      (await sandboxControl("/data-centres", { method: "POST", body: JSON.stringify({ location: launched, label: "Zedland" }) })).status,
    ).toBe(200);
    const info = await (await owner.fetch("/sandbox/oauth/serverinfo")).json();
    expect(info.locations[launched]).toBe(`${owner.baseUrl}/sandbox/${launched}`);
    expect(await rows()).not.toContain(launched);

    const before = await lastSeq();
    const html = await submit("refresh-data-centres-sandbox");
    expect(html).toContain(`added ${launched}`);
    expect(await rows()).toContain(launched);
    const events = await auditSince(before);
    expect(events.find((e) => e.action === "datacentres.refreshed")?.data).toMatchObject({
      source: "sandbox",
      added: [`${launched} (sandbox only)`],
    });

    // A sandbox-only data centre: offered to sandbox clients, named as such.
    expect(await (await owner.fetch(`/w/${seeded.slug}/clients/new`)).text()).toContain("(sandbox only)");
    // A second refresh changes nothing and writes nothing.
    const again = await lastSeq();
    expect(await submit("refresh-data-centres-sandbox")).toContain("already has every data centre");
    expect((await auditSince(again)).filter((e) => e.action === "datacentres.refreshed")).toEqual([]);
  });

  it("from Zoho: a clear message without internet access (these machines have none), and nothing is ever removed", async () => {
    const before = await rows();
    const html = await submit("refresh-data-centres-zoho");
    const offline = /Could not reach https:\/\/accounts\.zoho\.com\/oauth\/serverinfo|did not answer within/.test(html);
    if (offline) expect(await rows()).toEqual(before);
    else expect(html).toContain("Serverinfo read");
    expect(await rows()).toEqual(expect.arrayContaining(before));
  });
});

describe("the sandbox's own data centres, hostile input", () => {
  it("anonymous callers cannot launch one; odd bodies get problem JSON; unknown locations are 404 pages", async () => {
    const anonymous = new Session();
    const refused = await anonymous.fetch(`/sandbox/control/data-centres?workspace=${seeded.slug}`, {
      method: "POST",
      body: JSON.stringify({ location: "zz", label: "Z" }),
      headers: { "content-type": "application/json" },
    });
    expect(refused.status).toBe(401);
    for (const body of [
      "not json",
      JSON.stringify({ location: "Z Z", label: "x" }),
      JSON.stringify({ location: "zz", label: "x".repeat(61) }),
      JSON.stringify({ location: "zz", label: "x", extra: 1 }),
    ]) {
      const response = await sandboxControl("/data-centres", { method: "POST", body });
      expect(response.status).toBe(422);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
    }
    for (const location of ["zz", "ZZ", "a%00b", "x".repeat(300)]) {
      const page = await owner.fetch(`/sandbox/${location}/oauth/v2/auth`);
      expect(page.status).toBe(404);
      expect(await page.text()).toContain("There is no sandbox accounts server");
    }
  });
});

describe("add and disable by hand", () => {
  it.each([
    ["a non-Zoho host", "https://accounts.evil.example", "is not one of Zoho's accounts servers"],
    ["a look-alike under another domain", "https://accounts.zoho.eu.evil.example", "is not one of Zoho's accounts servers"],
    ["plain http", "http://accounts.zoho.eu", "https:// address"],
    ["a path", "https://accounts.zoho.eu/oauth", "https:// address"],
    ["credentials", "https://user:pw@accounts.zoho.eu", "https:// address"],
    ["the sandbox", `${"http://127.0.0.1"}/sandbox/us`, "https:// address"],
  ])("refuses %s as an accounts server, with the reason, and keeps the input", async (_name, accountsServer, reason) => {
    const before = await lastSeq();
    const html = await submit("add-data-centre", { location: "xa", label: "Somewhere", accountsServer, apiDomain: "" });
    expect(html).toContain(reason);
    expect(html).toContain('value="Somewhere"');
    expect(await rows()).not.toContain("xa");
    expect((await auditSince(before)).map((e) => e.action)).not.toContain("datacentre.added");
  });

  it("adds a Zoho-domain data centre, offers it, disables it (audited), and an existing location is refused", async () => {
    let html = await submit("add-data-centre", {
      location: "xb",
      label: "Xbland",
      accountsServer: "https://accounts.zoho.xb",
      apiDomain: "",
    });
    expect(html).toContain("Added Xbland (xb)");
    const page = await (await owner.fetch(settings)).text();
    expect(page).toContain("https://www.zohoapis.xb");
    expect(await (await owner.fetch(`/w/${seeded.slug}/clients/new`)).text()).toContain("Xbland");

    html = await submit("add-data-centre", { location: "us", label: "Again", accountsServer: "https://accounts.zoho.us", apiDomain: "" });
    expect(html).toContain("us is already in the table");

    const before = await lastSeq();
    await submit("disable-data-centre-xb");
    expect(await (await owner.fetch(`/w/${seeded.slug}/clients/new`)).text()).not.toContain("Xbland");
    expect((await auditSince(before)).map((e) => [e.action, e.targetId])).toContainEqual(["datacentre.disabled", "xb"]);
    await submit("enable-data-centre-xb");
    expect(await (await owner.fetch(`/w/${seeded.slug}/clients/new`)).text()).toContain("Xbland");
  });

  it("a change is written to every workspace's trail, not only the actor's", async () => {
    const other = new Session();
    await other.signIn(seeded.other.email, seeded.other.password);
    const events = await (await other.fetch(`/w/${seeded.other.slug}/audit/export?format=json`)).json();
    expect(events.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(["datacentre.added", "datacentres.refreshed"]));
  });
});
