// A grant made on a test's own console (OwnConsole) the way a person makes one: Authorize in the console,
// consent at its sandbox as a sandbox user, the callback. Returns the grant's id. Also the grant page's
// buttons and the sandbox's Connected Apps revoke, for tests that make grant events happen.
import { expect } from "vitest";
import { findForm, submitForm } from "./forms";
import type { OwnConsole } from "./own-console";
import { obtainCode } from "./sandbox";
import { locationOf, type Session } from "./session";

export async function ownGrant(own: OwnConsole, session: Session, client: { clientId: string; zohoClientId: string }, userEmail: string) {
  const w = `/w/${own.seeded.slug}`;
  const page = `${w}/authorize?client=${client.clientId}`;
  const started = await submitForm(session, page, findForm(await (await session.fetch(page)).text(), "start-authorization"), {
    clientId: client.clientId,
    scopes: "AaaServer.profile.READ,ZohoCRM.modules.ALL",
    redirectUri: own.seeded.redirectUri,
    accessType: "offline",
    location: "us",
    promptConsent: "on",
  });
  const state = new URL(locationOf(started)).searchParams.get("state")!;
  const code = await obtainCode(session, { state, userEmail, zohoClientId: client.zohoClientId, redirectUri: own.seeded.redirectUri });
  const callback = await session.fetch(
    `/oauth/callback?${new URLSearchParams({ code: code.code, location: code.location, "accounts-server": code.accountsServer, state })}`,
  );
  const result = await (await session.fetch(locationOf(callback))).text();
  expect(result).toContain('data-outcome="grant_created"');
  const grants = await (await session.fetch(`${w}/grants`)).text();
  return /href="\/w\/[^/]+\/grants\/(c[a-z0-9]{20,})"/.exec(grants)![1];
}

/** Presses "Revoke" or "Refresh now" on the grant's page. */
export async function pressOnGrant(own: OwnConsole, session: Session, grantId: string, form: "revoke-grant" | "refresh-grant") {
  const page = `/w/${own.seeded.slug}/grants/${grantId}`;
  const res = await submitForm(session, page, findForm(await (await session.fetch(page)).text(), form));
  expect(res.status).toBe(200);
}

/** A sandbox user revokes the client in Zoho's Connected Apps: its refresh tokens stop working (invalid_code at the next refresh). */
export async function revokeAtSandbox(own: OwnConsole, session: Session, zohoClientId: string) {
  const res = await session.fetch(`/sandbox/control/connected-apps?workspace=${own.seeded.slug}`, {
    method: "POST",
    body: JSON.stringify({ client_id: zohoClientId }),
    headers: { "content-type": "application/json" },
  });
  expect(res.status).toBe(200);
}

export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  ms = 20_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value as T;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
