// Gets a real grant code from the built-in sandbox the way a browser does: open the consent page,
// submit its form as the chosen sandbox user, read the code from the redirect.
import { expect, inject } from "vitest";
import { locationOf, type Session } from "./session";

export type ObtainedCode = { code: string; location: string; accountsServer: string; state: string | null };

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const decode = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

export async function obtainCode(
  session: Session,
  {
    state,
    userEmail,
    decision = "Accept",
    accessType = "offline",
    scopes = "AaaServer.profile.READ,ZohoCRM.modules.ALL",
    redirectUri,
    zohoClientId,
    authUrl: given,
  }: {
    state: string;
    userEmail: string;
    decision?: "Accept" | "Reject";
    accessType?: string;
    scopes?: string;
    redirectUri?: string;
    zohoClientId?: string;
    /** The builder's URL, used as is. */ authUrl?: string;
  },
): Promise<ObtainedCode> {
  const seeded = inject("seeded");
  const authUrl =
    given ??
    `/sandbox/us/oauth/v2/auth?${new URLSearchParams({
      scope: scopes,
      client_id: zohoClientId ?? seeded.zohoClientId,
      response_type: "code",
      redirect_uri: redirectUri ?? seeded.redirectUri,
      access_type: accessType,
      prompt: "consent",
      state,
    })}`;
  const redirect = await consentAt(session, new URL(authUrl, session.baseUrl), userEmail, decision);
  const code = redirect.searchParams.get("code");
  if (!code) throw new Error(`the sandbox redirected without a code: ${redirect.search}`);
  return {
    code,
    location: redirect.searchParams.get("location") ?? "",
    accountsServer: redirect.searchParams.get("accounts-server") ?? "",
    state: redirect.searchParams.get("state"),
  };
}

/** Answers the consent page at `authUrl` as the sandbox user with this email, the way a browser submits
 * it; returns where the sandbox redirected. */
export async function consentAt(session: Session, authUrl: URL, userEmail: string, decision: "Accept" | "Reject" = "Accept"): Promise<URL> {
  const page = await session.fetch(authUrl.toString());
  const html = await page.text();
  if (page.status !== 200) throw new Error(`consent page: HTTP ${page.status}: ${html.slice(0, 300)}`);
  const form = /<form\b[^>]*>[\s\S]*?<\/form>/.exec(html)?.[0];
  if (!form) throw new Error("no form on the consent page");
  const body = new FormData();
  for (const tag of form.match(/<input\b[^>]*>/g) ?? []) {
    const name = attr(tag, "name");
    if (!name) continue;
    const type = attr(tag, "type") ?? "text";
    const value = decode(attr(tag, "value") ?? "");
    if (type === "radio") {
      // The radio whose label (right after it, up to the next radio) names the user.
      const start = form.indexOf(tag) + tag.length;
      const after = form.slice(start, start + 600).split(/<input\b/)[0];
      if (after.includes(userEmail)) body.set(name, value);
    } else if (type !== "submit" && type !== "checkbox") {
      body.set(name, value);
    }
  }
  if (!body.has("user_id")) throw new Error(`no sandbox user ${userEmail} on the consent page`);
  const button = (form.match(/<button\b[^>]*>[\s\S]*?<\/button>/g) ?? []).find((b) => b.replace(/<[^>]+>/g, "").trim() === decision);
  if (!button) throw new Error(`no ${decision} button on the consent page`);
  const buttonName = attr(button, "name");
  if (buttonName) body.set(buttonName, decode(attr(button, "value") ?? ""));
  const action = decode(attr(/<form\b[^>]*>/.exec(form)![0], "action") ?? "") || authUrl.toString();
  const response = await session.fetch(new URL(action, authUrl).toString(), { method: "POST", body });
  if (!response.headers.get("location")) throw new Error(`consent refused: HTTP ${response.status} ${await response.text()}`);
  return new URL(locationOf(response));
}

/** Sets the sandbox's faults (token lifetime, failures, limits) for one workspace's clients, through its control endpoint. */
export async function setSandboxFaults(session: Session, slug: string, body: object) {
  const response = await session.fetch(`/sandbox/control?workspace=${slug}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
  expect(response.status).toBe(200);
}

/** How many access tokens the sandbox has issued to a client (its refreshes). */
export async function countSandboxAccessTokens(session: Session, slug: string, zohoClientId: string): Promise<number> {
  return (await (await session.fetch(`/sandbox/control/stats?client_id=${zohoClientId}&workspace=${slug}`)).json()).access_tokens;
}
