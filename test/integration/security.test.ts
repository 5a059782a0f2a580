import { beforeAll, describe, expect, inject, it } from "vitest";
import { findForm, submitForm } from "./forms";
import { locationOf, Session } from "./session";

// Headers, cookies, CSRF and redirects, checked against the running console the way a browser meets them.
const seeded = inject("seeded");
const w = `/w/${seeded.slug}`;
const owner = new Session();
const base = owner.baseUrl;
const EVIL = "https://evil.example";

beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
});

const cspOf = (res: Response) => res.headers.get("content-security-policy") ?? "";

describe("Content-Security-Policy", () => {
  it("pages allow only scripts with this response's nonce, and Next's scripts carry it", async () => {
    const nonces = new Set<string>();
    for (const page of ["/sign-in", `${w}/grants`, `${w}/clients/${seeded.clientId}`, "/sandbox/console"]) {
      const res = await owner.fetch(page);
      expect(res.status, page).toBe(200);
      const csp = cspOf(res);
      const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/.exec(csp)?.[1];
      expect(nonce, `${page}: ${csp}`).toBeTruthy();
      for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"])
        expect(csp, page).toContain(directive);
      expect(csp, page).not.toContain("unsafe-eval");
      const html = await res.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, page).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, page).toContain(`nonce="${nonce}"`);
      nonces.add(nonce!);
    }
    expect(nonces.size).toBe(4);
  });

  it("every other answer (callbacks, API, the sandbox's HTML) forbids framing too", async () => {
    for (const path of ["/oauth/callback?state=x", "/api/v1/grants", "/api/health", "/sandbox/us/oauth/v2/auth?client_id=x"]) {
      expect(cspOf(await fetch(`${base}${path}`, { redirect: "manual" })), path).toContain("frame-ancestors 'none'");
    }
  });
});

describe("HSTS", () => {
  it("is not sent over plain http", async () => {
    expect((await owner.fetch("/sign-in")).headers.get("strict-transport-security")).toBeNull();
  });

  it("is not turned on by a client's X-Forwarded-Proto (only APP_URL decides: app-url.test.ts)", async () => {
    const res = await fetch(`${base}/sign-in`, { headers: { "x-forwarded-proto": "https" } });
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });
});

describe("Cache-Control: no-store where token metadata is shown", () => {
  it("on the pages", async () => {
    // The client's own callback path: its callbacks belong to the workspace, so the list links one.
    const callback = await owner.fetch("/oauth/callback/integration-key?state=cache-check");
    const result = locationOf(callback).replace(base, "");
    const callbacks = await (await owner.fetch(`${w}/callbacks`)).text();
    const callbackPage = /href="(\/w\/[^"]+\/callbacks\/\w+)"/.exec(callbacks)?.[1];
    expect(callbackPage).toBeTruthy();
    const pages = [
      `${w}/grants`,
      `${w}/callbacks`,
      callbackPage!,
      `${w}/clients`,
      `${w}/clients/${seeded.clientId}`,
      `${w}/audit`,
      `${w}/settings/api-keys`,
      result,
      w,
    ];
    for (const page of pages) {
      const res = await owner.fetch(page);
      expect(res.status, page).toBe(200);
      expect(res.headers.get("cache-control"), page).toContain("no-store");
    }
  });

  it("on the token API, its errors included, and the console's JSON routes", async () => {
    const key = { authorization: `Bearer ${seeded.apiKey}` };
    for (const [path, headers] of [
      ["/api/v1/grants", key],
      ["/api/v1/clients", key],
      ["/api/v1/grants/nope/access-token", key],
      ["/api/v1/grants", {}],
    ] as const) {
      expect((await fetch(`${base}${path}`, { headers })).headers.get("cache-control"), path).toContain("no-store");
    }
    expect((await owner.fetch(`${w}/callbacks/feed?after=${new Date().toISOString()}`)).headers.get("cache-control")).toContain("no-store");
  });
});

describe("session cookies", () => {
  const sessionCookie = (res: Response) => res.headers.getSetCookie().find((c) => /authjs\.session-token=/.test(c));

  async function signIn(headers: Record<string, string>) {
    const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
    const { csrfToken } = await csrf.json();
    const cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    return fetch(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { ...headers, cookie, origin: base, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: seeded.email, password: seeded.password, csrfToken, callbackUrl: base }),
    });
  }

  it("are HttpOnly and SameSite=Lax over http (not Secure: the browser would drop them)", async () => {
    const cookie = sessionCookie(await signIn({}));
    expect(cookie).toMatch(/^authjs\.session-token=/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });

  it("are not made Secure by a client's X-Forwarded-Proto (APP_URL=https:// does it: app-url.test.ts)", async () => {
    const cookie = sessionCookie(await signIn({ "x-forwarded-proto": "https" }));
    expect(cookie).toMatch(/^authjs\.session-token=/);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });
});

describe("CSRF: state-changing requests from another origin are refused", () => {
  const keyCount = async () => (await (await owner.fetch(`${w}/settings/api-keys`)).text()).split('data-testid="api-key-row"').length - 1;

  it("a server action (create an API key) posted from another origin", async () => {
    const page = `${w}/settings/api-keys`;
    const form = findForm(await (await owner.fetch(page)).text(), "create-api-key");
    const before = await keyCount();
    // The same replay from the console's own origin reaches the action (an empty name: refused with a field error).
    expect((await submitForm(owner, page, form, { name: "" })).status).toBe(200);
    for (const origin of [EVIL, "null", `${base}.evil.example`, base.replace("127.0.0.1", "localhost")]) {
      const body = new FormData();
      for (const [k, v] of form.fields) body.append(k, v);
      body.set("name", "Created by a cross-site form");
      const res = await owner.fetch(page, { method: "POST", headers: { origin }, body });
      expect(res.status, origin).toBe(403);
      expect(await res.text()).not.toMatch(/Created by a cross-site form/);
    }
    expect(await keyCount()).toBe(before);
  });

  it("a browser's cross-site request without Origin (Sec-Fetch-Site says so)", async () => {
    const res = await fetch(`${base}${w}/clients/export`, {
      method: "POST",
      headers: { "sec-fetch-site": "cross-site" },
      body: new FormData(),
    });
    expect(res.status).toBe(403);
  });

  it("the sign-in form and Auth.js's credentials endpoint", async () => {
    const signInForm = findForm(
      await (await fetch(`${base}/sign-in`)).text().then((h) => h.replace("<form", '<form data-action="sign-in"')),
      "sign-in",
    );
    const visitor = new Session();
    const action = await submitForm(visitor, "/sign-in", signInForm, { email: seeded.email, password: seeded.password });
    expect(action.status).toBe(303); // from the console's origin it signs in
    const attacker = new Session();
    const body = new FormData();
    for (const [k, v] of signInForm.fields) body.append(k, v);
    body.set("email", seeded.email);
    body.set("password", seeded.password);
    const refused = await attacker.fetch("/sign-in", { method: "POST", headers: { origin: EVIL }, body });
    expect(refused.status).toBe(403);
    expect(refused.headers.getSetCookie().some((c) => c.includes("session-token"))).toBe(false);

    const { csrfToken } = await (await attacker.fetch("/api/auth/csrf")).json();
    const credentials = await attacker.fetch("/api/auth/callback/credentials", {
      method: "POST",
      headers: { origin: EVIL, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: seeded.email, password: seeded.password, csrfToken, callbackUrl: base }),
    });
    expect(credentials.status).toBe(403);
    expect(credentials.headers.getSetCookie().some((c) => c.includes("session-token"))).toBe(false);
  });

  it("POST route handlers that use the session cookie (client export, sign-out)", async () => {
    const exportRes = await owner.fetch(`${w}/clients/export`, { method: "POST", headers: { origin: EVIL }, body: new FormData() });
    expect(exportRes.status).toBe(403);
    expect(await exportRes.text()).not.toContain(seeded.zohoClientId);
    const { csrfToken } = await (await owner.fetch("/api/auth/csrf")).json();
    const signOut = await owner.fetch("/api/auth/signout", {
      method: "POST",
      headers: { origin: EVIL, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken }),
    });
    expect(signOut.status).toBe(403);
    expect((await owner.fetch(`${w}/grants`)).status).toBe(200); // still signed in
    // From the console's own origin the export works: the refusal above is the origin's doing.
    expect((await owner.fetch(`${w}/clients/export`, { method: "POST", body: new FormData() })).status).toBe(200);
  });

  it("the sandbox's Zoho token endpoint, like Zoho's, takes client credentials from anywhere", async () => {
    const res = await fetch(`${base}/sandbox/us/oauth/v2/token`, {
      method: "POST",
      headers: { origin: EVIL, "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=authorization_code&code=x",
    });
    expect(res.status).not.toBe(403);
    expect(res.status).toBeLessThan(500);
  });
});

describe("no open redirect", () => {
  const HOSTILE_NEXT = [
    `${EVIL}/`,
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "%2F%2Fevil.example",
    "/%2F%2Fevil.example",
    "/%5Cevil.example",
    "/\t/evil.example",
    " //evil.example",
    "https:evil.example",
    "///evil.example",
    "http://127.0.0.1.evil.example/",
    `${base}@evil.example`,
    "data:text/html,x",
  ];
  const sameOrigin = (location: string) => {
    const url = new URL(location, `${base}/sign-in`);
    return url.origin === base && !/^[a-z]+:/i.test(location.replace(base, ""));
  };

  it("through the sign-in form's next", async () => {
    for (const next of HOSTILE_NEXT) {
      const html = await (await fetch(`${base}/sign-in?${new URLSearchParams({ next })}`)).text();
      const form = findForm(html.replace("<form", '<form data-action="sign-in"'), "sign-in");
      const res = await submitForm(new Session(), "/sign-in", form, { email: seeded.email, password: seeded.password });
      expect(res.status, next).toBe(303);
      const location = locationOf(res);
      expect(sameOrigin(location), `${next} → ${location}`).toBe(true);
      // What a browser makes of it (it treats \ as / in paths).
      expect(new URL(location.replaceAll("\\", "/"), `${base}/sign-in`).origin, `${next} → ${location}`).toBe(base);
    }
  });

  // Auth.js answers with the host the server listens on (localhost for 127.0.0.1): the same console.
  const console_ = (location: string) => {
    const url = new URL(location.replaceAll("\\", "/"), base);
    return `${["127.0.0.1", "localhost"].includes(url.hostname) ? "the console" : url.hostname}:${url.port}`;
  };
  const here = `the console:${new URL(base).port}`;

  it("through Auth.js's callbackUrl", async () => {
    for (const callbackUrl of HOSTILE_NEXT) {
      const session = new Session();
      const { csrfToken } = await (await session.fetch("/api/auth/csrf")).json();
      const res = await session.fetch("/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ email: seeded.email, password: seeded.password, csrfToken, callbackUrl }),
      });
      const location = locationOf(res);
      expect(console_(location), `${callbackUrl} → ${location}`).toBe(here);
      const signin = await fetch(`${base}/api/auth/signin?${new URLSearchParams({ callbackUrl })}`, { redirect: "manual" });
      if (signin.headers.get("location")) expect(console_(locationOf(signin)), callbackUrl).toBe(here);
    }
  });

  it("the invite page's sign-in link keeps to the console", async () => {
    const res = await fetch(`${base}/invite/${encodeURIComponent("//evil.example")}`);
    expect(res.status).toBeLessThan(500);
    for (const href of (await res.text()).matchAll(/href="([^"]+)"/g))
      expect(new URL(href[1].replace(/&amp;/g, "&"), base).origin).toBe(base);
  });
});
