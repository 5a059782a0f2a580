import { beforeAll, describe, expect, inject, it } from "vitest";
import { decodeHtml, findForm, submitForm } from "./forms";
import { locationOf, Session } from "./session";

// Moving clients between workspaces, and bringing in Zoho's self_client.json.
const seeded = inject("seeded");
const owner = new Session();
const other = new Session();
let exported: { clients: { zohoClientId: string }[]; secrets?: unknown };

beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  await other.signIn(seeded.other.email, seeded.password);
});

async function exportAs(session: Session, slug: string, fields: Record<string, string>) {
  return session.fetch(`/w/${slug}/clients/export`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
}

async function importInto(session: Session, slug: string, doc: unknown, passphrase: string) {
  const page = `/w/${slug}/clients/transfer`;
  const form = findForm(await (await session.fetch(page)).text(), "import-clients");
  const body = new FormData();
  for (const [name, value] of form.fields) if (name !== "file" && name !== "passphrase") body.append(name, value);
  body.append("file", new Blob([JSON.stringify(doc)], { type: "application/json" }), "export.json");
  body.append("passphrase", passphrase);
  // As a browser without JavaScript: the import route sends it back to the page with the outcome.
  const posted = await session.fetch(form.action ?? page, { method: "POST", body, headers: { accept: "text/html" } });
  return (posted.status === 303 ? await session.fetch(locationOf(posted)) : posted).text();
}

describe("export and import", () => {
  it("exports settings without secrets, or with them only inside a passphrase box", async () => {
    const plain = await exportAs(owner, seeded.slug, {});
    expect(plain.headers.get("content-disposition")).toMatch(/attachment; filename="integration-clients-/);
    const text = await plain.text();
    expect(text).not.toContain(seeded.clientSecret);
    expect(JSON.parse(text).secrets).toBeUndefined();

    const short = await exportAs(owner, seeded.slug, { includeSecrets: "on", passphrase: "short" });
    expect(short.status).toBe(422);
    expect(short.headers.get("content-type")).toBe("application/problem+json");

    const boxed = await exportAs(owner, seeded.slug, { includeSecrets: "on", passphrase: "a passphrase for tests" });
    const boxedText = await boxed.text();
    expect(boxedText).not.toContain(seeded.clientSecret);
    exported = JSON.parse(boxedText);
    expect(exported.secrets).toBeDefined();
    expect(exported.clients.map((c) => c.zohoClientId)).toContain(seeded.zohoClientId);
  });

  it("a viewer may export settings but never secrets; another workspace's export is 404", async () => {
    const viewer = await new Session().signIn(seeded.members.VIEWER.email, seeded.password);
    expect((await exportAs(viewer, seeded.slug, {})).status).toBe(200);
    expect((await exportAs(viewer, seeded.slug, { includeSecrets: "on", passphrase: "a passphrase for tests" })).status).toBe(404);
    expect((await exportAs(other, seeded.slug, {})).status).toBe(404);
  });

  it("imports into another workspace with the passphrase, and skips what exists", async () => {
    const wrong = await importInto(other, seeded.other.slug, exported, "not the passphrase");
    expect(wrong).toContain("The passphrase does not open");
    const html = await importInto(other, seeded.other.slug, exported, "a passphrase for tests");
    expect(decodeHtml(html)).toMatch(/Imported \d+ clients \(\d+ with secrets\)/);
    const again = await importInto(other, seeded.other.slug, exported, "a passphrase for tests");
    expect(decodeHtml(again)).toMatch(/Imported 0 clients/);
    const list = await (await other.fetch(`/w/${seeded.other.slug}/clients?q=Integration`)).text();
    expect(list).toContain(`••••${seeded.clientSecret.slice(-4)}`);
  });

  it("refuses a file that is not an export, clearly", async () => {
    const html = decodeHtml(await importInto(owner, seeded.slug, { hello: "world" }, ""));
    expect(html).toContain("This is not a client export");
  });
});

describe("self_client.json", () => {
  it("registers the Self Client and exchanges its code at once", async () => {
    // The sandbox console is for signed-in console users; its clients belong to the owner's workspace.
    const sandbox = owner;
    const consolePage = await (await sandbox.fetch("/sandbox/console")).text();
    const created = await submitForm(sandbox, "/sandbox/console", findForm(consolePage, "sandbox-self-client"), {
      name: "Nightly export",
      user: "30030003",
    });
    const json = decodeHtml(/data-testid="self-client-json"[^>]*>([^<]+)</.exec(await created.text())?.[1] ?? "");
    const file = JSON.parse(json);
    expect(file).toMatchObject({ grant_type: "authorization_code", client_id: expect.stringMatching(/^1000\./) });

    const page = `/w/${seeded.slug}/clients/transfer`;
    const form = findForm(await (await owner.fetch(page)).text(), "import-self-client");
    const html = decodeHtml(
      await (await submitForm(owner, page, form, { json, name: "Nightly export", location: "in", sandbox: "on" })).text(),
    );
    expect(html).toContain("Self Client registered. Code exchanged at");
    expect(html).not.toContain(file.code);
    const grants = await (await owner.fetch(`/w/${seeded.slug}/grants`)).text();
    expect(grants).toContain("priya.raman@sandbox.zoho.test");

    // The same file again: the client exists, and the code was already used.
    const again = decodeHtml(
      await (await submitForm(owner, page, form, { json, name: "Nightly export", location: "in", sandbox: "on" })).text(),
    );
    expect(again).toContain("already registered");
    expect(again).toContain("already exchanged");
  });
});

describe("Self Client grants from their own page", () => {
  it("exchanges a pasted code, and gets an organization token with client_credentials", async () => {
    // The sandbox console is for signed-in console users; its clients belong to the owner's workspace.
    const sandbox = owner;
    const created = await submitForm(
      sandbox,
      "/sandbox/console",
      findForm(await (await sandbox.fetch("/sandbox/console")).text(), "sandbox-self-client"),
      { name: "Org reporting", user: "20020002" },
    );
    const file = JSON.parse(decodeHtml(/data-testid="self-client-json"[^>]*>([^<]+)</.exec(await created.text())?.[1] ?? ""));
    const transfer = `/w/${seeded.slug}/clients/transfer`;
    const importForm = findForm(await (await owner.fetch(transfer)).text(), "import-self-client");
    const { code, ...withoutCode } = file;
    const registered = decodeHtml(
      await (
        await submitForm(owner, transfer, importForm, {
          json: JSON.stringify(withoutCode),
          name: "Org reporting",
          location: "eu",
          sandbox: "on",
        })
      ).text(),
    );
    expect(registered).toContain("The file held no code");

    // The Grants page links to the Self Client page instead of carrying its forms (their picker lists every Self Client).
    const list = await (await owner.fetch(`/w/${seeded.slug}/grants`)).text();
    expect(list).toContain(`href="/w/${seeded.slug}/grants/self-client"`);
    expect(list).not.toContain('data-action="exchange-self-code"');
    const grants = `/w/${seeded.slug}/grants/self-client`;
    const clientId = new RegExp(`<option value="([^"]+)">Org reporting</option>`).exec(await (await owner.fetch(grants)).text())?.[1];
    expect(clientId).toBeDefined();
    // A Self Client's own page links here with the client picked.
    const clientPage = await (await owner.fetch(`/w/${seeded.slug}/clients/${clientId}`)).text();
    expect(clientPage).toContain(`href="/w/${seeded.slug}/grants/self-client?client=${clientId}"`);
    const page = await (await owner.fetch(`${grants}?client=${clientId}`)).text();
    expect(page).toMatch(new RegExp(`<option value="${clientId}" selected="">Org reporting</option>`));
    const bad = decodeHtml(
      await (
        await submitForm(owner, grants, findForm(page, "exchange-self-code"), { clientId: clientId!, location: "eu", code: "not-a-code" })
      ).text(),
    );
    expect(bad).toContain("Paste the whole code");
    const exchanged = decodeHtml(
      await (await submitForm(owner, grants, findForm(page, "exchange-self-code"), { clientId: clientId!, location: "eu", code })).text(),
    );
    expect(exchanged).toMatch(/Grant stored with refresh token ••••\w{4}/);

    const noOrg = decodeHtml(
      await (
        await submitForm(owner, grants, findForm(page, "create-org-grant"), {
          clientId: clientId!,
          location: "eu",
          scopes: "ZohoCRM.modules.ALL",
          soid: "",
        })
      ).text(),
    );
    // soid is optional in the form; CRM needs it, so Zoho (the sandbox) answers missing_org_info.
    expect(noOrg).toContain("client_credentials needs soid");
    const org = decodeHtml(
      await (
        await submitForm(owner, grants, findForm(page, "create-org-grant"), {
          clientId: clientId!,
          location: "eu",
          scopes: "ZohoCRM.modules.ALL",
          soid: "ZohoCRM.10234695",
        })
      ).text(),
    );
    expect(org).toContain("Organization grant stored for ZohoCRM.10234695");
    // Renewing an organization grant runs client_credentials again (it has no refresh token).
    const orgGrant = /href="\/w\/[^/]+\/grants\/(c[a-z0-9]{20,})"/.exec(await (await owner.fetch(`/w/${seeded.slug}/grants`)).text())![1];
    const detail = `/w/${seeded.slug}/grants/${orgGrant}`;
    await submitForm(owner, detail, findForm(await (await owner.fetch(detail)).text(), "refresh-grant"));
    expect(await (await owner.fetch(detail)).text()).toContain(">ok<");
  });
});
