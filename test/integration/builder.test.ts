import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { followCallback } from "./console-authorize";
import { sandboxFaults } from "./console-grant";
import { decodeHtml, findForm, submitForm } from "./forms";
import { consentAt } from "./sandbox";
import { Session } from "./session";

// The builder's Copy URL (a real single-use state, minted by the same service as Authorize), the
// authorizations that never came back, and who sees the callbacks that reached no workspace — all over
// HTTP against the running console and its database, the way a browser without JavaScript does it.
const seeded = inject("seeded");
const owner = new Session();
const developer = new Session();
const page = `/w/${seeded.slug}/authorize`;
// The database's clock and this process's are the same machine's; a second of slack for rounding.
const startedAt = Date.now() - 1000;

/**
 * Presses the builder's Copy URL (the form's second action, the button's formAction) with these
 * settings; answers the page. The button names its own action ($ACTION_REF_n) and carries its bound
 * arguments and form-state key in hidden fields inside it; the form's own action fields are left out,
 * so the server runs the button's action and shows its state.
 */
async function copyUrl(session: Session, values: Record<string, string>): Promise<string> {
  const html = await (await session.fetch(page)).text();
  const form = findForm(html, "start-authorization");
  const button = /<button\b[^>]*data-action="mint-authorization-url"[^>]*>[\s\S]*?<\/button>/.exec(html)?.[0];
  if (!button) throw new Error("no Copy URL button on the builder");
  const attr = (tag: string, name: string) => decodeHtml(new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? "");
  const body = new FormData();
  for (const [k, v] of form.fields) if (!k.startsWith("$ACTION_") && !(k in values)) body.append(k, v);
  body.append(attr(button, "name"), "");
  for (const input of button.match(/<input\b[^>]*>/g) ?? []) body.append(attr(input, "name"), attr(input, "value"));
  for (const [k, v] of Object.entries(values)) body.append(k, v);
  const response = await session.fetch(page, { method: "POST", body });
  expect(response.status).toBe(200);
  return decodeHtml(await response.text());
}

const minted = (html: string) => /data-testid="minted-url"[^>]*>([^<]+)</.exec(html)?.[1] ?? null;

beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
  await developer.signIn(seeded.members.DEVELOPER.email, seeded.password);
  // Other files may have spent the client's 10 grant codes per 10 minutes: raise the sandbox's limit while this file runs.
  await sandboxFaults(owner, { codeLimit: 1000 });
});
afterAll(() => sandboxFaults(owner, { reset: true }));

describe("Copy URL with a console-managed state", () => {
  it("mints a real state that the callback accepts once, bound to the member who copied it", async () => {
    const html = await copyUrl(owner, {
      clientId: seeded.second.clientId,
      location: "us",
      redirectUri: seeded.redirectUri,
      accessType: "offline",
      promptConsent: "on",
      scopes: "AaaServer.profile.READ,ZohoCRM.modules.ALL",
    });
    const copied = minted(html);
    expect(copied, "the page shows the minted URL").not.toBeNull();
    const url = new URL(copied!);
    const state = url.searchParams.get("state")!;
    expect(state).toMatch(/^[\w-]{20,}$/);
    expect(copied).not.toContain("{");
    expect(url.searchParams.get("client_id")).toBe(seeded.second.zohoClientId);

    const redirect = await consentAt(owner, url, "ava.carter@sandbox.zoho.test");
    expect(redirect.searchParams.get("state")).toBe(state);
    expect((await followCallback(owner, redirect)).outcome).toBe("grant_created");
    // The same state again: refused, not a second grant.
    expect((await followCallback(owner, redirect)).outcome).toBe("state_reused");

    // A copied URL opened by another member: the state is the copier's, so the callback refuses it.
    const other = new URL(
      minted(
        await copyUrl(owner, {
          clientId: seeded.second.clientId,
          location: "us",
          redirectUri: seeded.redirectUri,
          accessType: "online",
          scopes: "AaaServer.profile.READ",
        }),
      )!,
    );
    const elsewhere = await consentAt(developer, other, "ava.carter@sandbox.zoho.test");
    expect((await followCallback(developer, elsewhere)).outcome).toBe("wrong_user");
  });

  it("is refused like Authorize for a redirect URI the client does not have", async () => {
    const html = await copyUrl(owner, {
      clientId: seeded.clientId,
      location: "us",
      redirectUri: "https://evil.example/cb",
      accessType: "offline",
      scopes: "AaaServer.profile.READ",
    });
    expect(minted(html)).toBeNull();
    expect(html).toContain("Pick one of the client's registered redirect URIs");
  });
});

describe("Authorize with a field error", () => {
  it("marks the Scopes combobox invalid (the shared Field cannot: the picker is more than one control)", async () => {
    const form = findForm(await (await owner.fetch(page)).text(), "start-authorization");
    const html = decodeHtml(await (await submitForm(owner, page, form, { clientId: seeded.clientId, scopes: "" })).text());
    const combobox = /<input\b[^>]*id="scope-search"[^>]*>/.exec(html)?.[0] ?? "";
    expect(combobox).toContain('role="combobox"');
    expect(combobox).toContain('aria-invalid="true"');
    // Its error is the one its aria-describedby names.
    expect(html).toMatch(/<div id="scope-search-error"[^>]*>\s*<p[^>]*>[^<]+<\/p>/);
  });
});

describe("authorizations with no callback", () => {
  it("lists one started and never answered, with its likely causes; not one that came back; not before N minutes", async () => {
    // Started (a state minted, as Authorize does) and left at the consent page.
    const html = await copyUrl(owner, {
      clientId: seeded.clientId,
      location: "eu",
      redirectUri: seeded.redirectUri,
      accessType: "offline",
      scopes: "AaaServer.profile.READ",
    });
    expect(minted(html)).not.toBeNull();

    // Every authorization this file started: the EU one waits; the first one came back (grant, then reused).
    const mine = (page: string) =>
      page
        .split('data-testid="stale-authorization"')
        .slice(1)
        .filter((item) => Date.parse(/data-created="([^"]+)"/.exec(item)?.[1] ?? "") >= startedAt);
    const listed = mine(decodeHtml(await (await owner.fetch(`/w/${seeded.slug}/callbacks?stale=0`)).text()));
    expect(listed).toHaveLength(1);
    expect(listed[0]).toContain('data-dc="eu"');
    expect(listed[0]).toContain('data-cause="abandoned"');
    expect(listed[0]).toContain('data-cause="zoho-error-page"');
    expect(listed[0]).toContain("https://www.zoho.com/accounts/protocol/oauth/web-apps/authorization.html");
    // Its redirect URI is the console's own /oauth/callback: that cause is not offered.
    expect(listed[0]).not.toContain('data-cause="redirect-elsewhere"');
    // By default only those older than 10 minutes: this one is seconds old.
    expect(mine(decodeHtml(await (await owner.fetch(`/w/${seeded.slug}/callbacks`)).text()))).toHaveLength(0);
  });

  it("a nonsense threshold falls back to the default, never an error", async () => {
    for (const q of ["-1", "abc", "99999", "%00"]) {
      const res = await owner.fetch(`/w/${seeded.slug}/callbacks?stale=${q}`);
      expect(res.status, q).toBe(200);
    }
  });
});

describe("callbacks that reached no workspace", () => {
  // Any signed-in person can start a workspace and be its admin: an admin sees when, how and where, never
  // the callback itself, nor text the caller wrote into the URL.
  it("are listed for an admin as time, outcome and DC only, with no page of their own; a developer sees none", async () => {
    const written = `call-support-${Date.now()}`;
    const cb = await owner.fetch(`/oauth/callback?code=1000.x.y&location=us&error=${written}&state=never-minted-${Date.now()}`);
    expect(cb.status).toBe(303);
    const id = /\/oauth\/result\/(\w+)$/.exec(cb.headers.get("location") ?? "")?.[1];
    expect(id).toBeTruthy();

    const admin = decodeHtml(await (await owner.fetch(`/w/${seeded.slug}/callbacks`)).text());
    expect(admin).toContain('data-testid="unattributed-callbacks"');
    expect(admin).toContain('data-outcome="unknown_state"');
    expect(admin).not.toContain(written);
    expect(admin).not.toContain(`/callbacks/${id}`);
    expect((await owner.fetch(`/w/${seeded.slug}/callbacks/${id}`)).status).toBe(404);

    const dev = decodeHtml(await (await developer.fetch(`/w/${seeded.slug}/callbacks`)).text());
    expect(dev).not.toContain('data-testid="unattributed-callbacks"');
    expect((await developer.fetch(`/w/${seeded.slug}/callbacks/${id}`)).status).toBe(404);
  });
});

describe("the result page", () => {
  it("signed out: whether it worked and a sign-in link, nothing of the workspace", async () => {
    const cb = await owner.fetch(`/oauth/callback?error=access_denied&state=never-minted-${Date.now()}`);
    const result = cb.headers.get("location")!;
    const anonymous = new Session();
    const html = decodeHtml(await (await anonymous.fetch(result)).text());
    expect(html).toContain("Authorization not completed");
    expect(html).toContain(`/sign-in?next=${encodeURIComponent(new URL(result).pathname)}`);
    expect(html).not.toContain("access_denied");
    expect(html).not.toContain(seeded.slug);
  });
});
