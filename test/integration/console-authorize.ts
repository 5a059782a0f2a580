// An authorization run the way a person runs it, without JavaScript: the console's Authorize form
// (its server action answers with a redirect to the accounts server), the sandbox's consent page
// answered as a sandbox user, and the redirect back through the console's /oauth/callback to the
// result page. Nothing is shortcut: every step is the real route over HTTP.
import { inject } from "vitest";
import { decodeHtml, findForm, submitForm } from "./forms";
import { consentAt } from "./sandbox";
import { locationOf, type Session } from "./session";

/** Presses Authorize for the seeded sandbox client with these scopes; answers the accounts server URL, or the page when refused. */
export async function startInConsole(session: Session, values: Record<string, string>): Promise<{ authUrl: URL | null; html: string }> {
  const seeded = inject("seeded");
  const page = `/w/${seeded.slug}/authorize`;
  const form = findForm(await (await session.fetch(page)).text(), "start-authorization");
  const response = await submitForm(session, page, form, {
    clientId: seeded.clientId,
    location: "us",
    redirectUri: seeded.redirectUri,
    accessType: "offline",
    ...values,
  });
  const location = response.headers.get("location");
  return { authUrl: location ? new URL(location, session.baseUrl) : null, html: location ? "" : decodeHtml(await response.text()) };
}

/** Follows the redirect into the console's callback and on to the result page. */
export async function followCallback(session: Session, redirect: URL): Promise<{ outcome: string; html: string; resultUrl: string }> {
  const response = await session.fetch(redirect.toString());
  if (response.status !== 303) throw new Error(`callback: HTTP ${response.status}`);
  const resultUrl = locationOf(response);
  const html = decodeHtml(await (await session.fetch(resultUrl)).text());
  return { outcome: /data-outcome="([a-z_]+)"/.exec(html)?.[1] ?? "none", html, resultUrl };
}

/** The whole run: Authorize, consent as the user, the callback and its result page. */
export async function authorizeInConsole(session: Session, scopes: string, userEmail: string) {
  const { authUrl, html } = await startInConsole(session, { scopes });
  if (!authUrl)
    throw new Error(
      `Authorize was refused: ${html
        .match(/Scopes[^<]*<|[^>]*scope[^<]*/gi)
        ?.slice(0, 3)
        .join(" | ")}`,
    );
  const redirect = await consentAt(session, authUrl, userEmail);
  return { authUrl, redirect, ...(await followCallback(session, redirect)) };
}

/**
 * A fresh authorization of the caller's own: the console's Authorize form for the seeded sandbox client
 * (or `clientId`), offline with prompt=consent; answers its state. Each file mints what it needs, so no
 * file depends on another's share of a seeded pool.
 */
export async function newState(session: Session, clientId?: string): Promise<string> {
  const { authUrl, html } = await startInConsole(session, {
    ...(clientId && { clientId }),
    scopes: "AaaServer.profile.READ,ZohoCRM.modules.ALL",
    promptConsent: "on",
  });
  const state = authUrl?.searchParams.get("state");
  if (!state) throw new Error(`Authorize was refused: ${html.slice(0, 300)}`);
  return state;
}
