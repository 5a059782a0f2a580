import "server-only";
import { db } from "@/lib/db";
import { normaliseUserCode } from "./device-user-code";
import { html } from "./html";
import { readParams } from "./read-params";
import { renderConsentPage } from "./render-consent-page";
import { renderDeviceCodePage } from "./render-device-code-page";
import { renderSandboxPage } from "./render-sandbox-page";
import { sandboxUser, usersAt } from "./users";

// POST {accounts-server}/oauth/v3/device/verify — the verification page's form, in two steps as on
// Zoho: the code (→ the consent page, or the code page again with Zoho's reason: invalid code, already
// used, expired), then Accept or Reject. Zoho's device page answers invalid_code, already_verified,
// access_denied and expired here (Zoho Accounts' device verification JSP).
export async function verifyDeviceCode(request: Request, { location }: { location: string }): Promise<Response> {
  const form = await readParams(request);
  const action = `/sandbox/${location}/oauth/v3/device/verify`;
  const typed = (form.get("user_code") ?? "").slice(0, 20);
  const again = (problem: string) => renderDeviceCodePage({ status: 400, location, action, userCode: typed, problem });

  const userCode = normaliseUserCode(typed);
  // The code lives at the accounts server that issued it (the device's): another one does not know it.
  const row = userCode ? await db.sandboxDeviceCode.findUnique({ where: { userCode } }) : null;
  if (!row || row.location !== location)
    return again("That code is not valid. Check it against the one your device shows (four characters, a dash, four more).");
  if (row.status !== "pending") return again("That code was already used. Start again on the device to get a new one.");
  if (row.expiresAt.getTime() <= Date.now()) return again("That code has expired. Start again on the device to get a new one.");

  const decision = form.get("decision");
  if (decision === "reject" || decision === "accept") {
    const user = decision === "accept" ? sandboxUser(form.get("user_id") ?? "") : undefined;
    if (decision === "accept" && (!user || !usersAt(location).includes(user)))
      return again("Pick one of the sandbox users listed on the consent page, then press Accept.");
    // Still pending and alive at the moment of the answer: a second tab cannot answer twice.
    const { count } = await db.sandboxDeviceCode.updateMany({
      where: { deviceCodeHash: row.deviceCodeHash, status: "pending", expiresAt: { gt: new Date() } },
      data: user ? { status: "approved", userId: user.id, userLocation: user.location } : { status: "denied" },
    });
    if (count !== 1) return again("That code was already used. Start again on the device to get a new one.");
    return answered(
      user ? "Device connected" : "Access denied",
      user ? "You may close this page: the device receives its tokens the next time it asks." : "The device will be told you refused.",
    );
  }

  const client = await db.sandboxClient.findUnique({ where: { clientId: row.clientId }, select: { name: true } });
  return renderConsentPage({
    location,
    action,
    users: usersAt(location),
    params: {
      clientId: row.clientId,
      clientName: client?.name ?? row.clientId,
      redirectUri: "",
      scopes: row.scopes,
      state: null,
      accessType: row.accessType === "offline" ? "offline" : "online",
      prompt: row.prompt,
      codeChallenge: null,
      codeChallengeMethod: null,
    },
    hidden: { user_code: row.userCode },
    after: "After you answer, go back to your device: it gets the tokens the next time it asks.",
  });
}

function answered(title: string, message: string): Response {
  return renderSandboxPage({
    status: 200,
    title,
    body: html`<div class="card" role="status"><h1 data-testid="sandbox-device-result">${title}</h1><p>${message}</p></div>`,
  });
}
