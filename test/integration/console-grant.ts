// A grant made the way a person makes one: "Authorize" in the console (a fresh state of the
// console's own), consent at the sandbox as a sandbox user, the callback. Returns the grant's id.
import { expect, inject } from "vitest";
import { findForm, submitForm } from "./forms";
import { obtainCode } from "./sandbox";
import { locationOf, type Session } from "./session";

export async function consoleGrant(
  session: Session,
  { clientId, zohoClientId, scopes, userEmail }: { clientId: string; zohoClientId: string; scopes: string; userEmail: string },
): Promise<string> {
  const seeded = inject("seeded");
  const page = `/w/${seeded.slug}/authorize?client=${clientId}`;
  const form = findForm(await (await session.fetch(page)).text(), "start-authorization");
  const started = await submitForm(session, page, form, {
    clientId,
    scopes,
    redirectUri: seeded.redirectUri,
    accessType: "offline",
    location: "us",
    promptConsent: "on",
  });
  const state = new URL(locationOf(started)).searchParams.get("state");
  if (!state) throw new Error("the authorization did not start");
  const code = await obtainCode(session, { state, userEmail, scopes, zohoClientId });
  const callback = await session.fetch(
    `/oauth/callback?${new URLSearchParams({ code: code.code, location: code.location, "accounts-server": code.accountsServer, state })}`,
  );
  expect(await (await session.fetch(locationOf(callback))).text()).toContain('data-outcome="grant_created"');
  const grants = await (await session.fetch(`/w/${seeded.slug}/grants`)).text();
  return /href="\/w\/[^/]+\/grants\/(c[a-z0-9]{20,})"/.exec(grants)![1];
}

/** POST /sandbox/control for the seeded workspace's sandbox clients. */
export async function sandboxFaults(session: Session, body: object) {
  const seeded = inject("seeded");
  const response = await session.fetch(`/sandbox/control?workspace=${seeded.slug}`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
  expect(response.status).toBe(200);
}

/** Access tokens the sandbox issued to one of the seeded workspace's sandbox clients. */
export async function sandboxAccessTokens(session: Session, zohoClientId: string): Promise<number> {
  const seeded = inject("seeded");
  return (await (await session.fetch(`/sandbox/control/stats?client_id=${zohoClientId}&workspace=${seeded.slug}`)).json()).access_tokens;
}
