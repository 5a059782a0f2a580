import "server-only";
import { appOrigin } from "@/lib/config/app-origin";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { sandboxAccountsServer } from "@/lib/data-centres/data-centre";
import { zohoError, zohoJson } from "./answers";
import { authenticateClient } from "./authenticate-client";
import { issueDeviceTokens } from "./issue-device-tokens";
import { readTokenCall } from "./read-token-call";

// POST {accounts-server}/oauth/v3/device/token — the device flow's polling request (Zoho,
// https://www.zoho.com/accounts/protocol/oauth/devices/polling-request.html): client_id, client_secret,
// grant_type=device_token, code=<device_code>. Zoho's answers there: slow_down, authorization_pending,
// other_dc with user_location (then poll the user's data centre: Zoho's Multi-DC page for non-browser
// apps, https://www.zoho.com/accounts/protocol/oauth/multi-dc/client-authorization/limited-input-devices.html,
// `{"user_location":"eu","error":"other_dc"}`), access_denied, expired — or the tokens. With HTTP 200,
// as Zoho's token endpoint answers its errors.
export async function answerDevicePoll(request: Request, { location }: { location: string }): Promise<Response> {
  const call = await readTokenCall(request);
  if (call instanceof Response) return call;
  const { params, faults } = call;
  const grantType = params.get("grant_type");
  if (!grantType) return zohoError("invalid_request", 200, "grant_type is missing");
  if (grantType !== "device_token") return zohoError("unsupported_grant_type");
  const client = await authenticateClient(params);
  if ("error" in client) return zohoError(client.error, 200, client.description);
  const code = params.get("code");
  if (!code) return zohoError("invalid_request", 200, "code is missing");

  const row = code.length <= 200 ? await db.sandboxDeviceCode.findUnique({ where: { deviceCodeHash: sha256Hex(code) } }) : null;
  // A code issued to another client is as unknown to this one as a made-up one.
  if (!row || row.clientId !== client.clientId) return zohoError("invalid_code");
  // Fault injection: an accounts server that sends the device anywhere it likes.
  if (faults.deviceOtherDc) return zohoJson({ user_location: faults.deviceOtherDc, error: "other_dc" });
  // Only the accounts server that issued the code knows it, and after consent the user's own.
  if (location !== row.location && location !== row.userLocation) return zohoError("invalid_code");
  if (row.status === "used") return zohoError("invalid_code");
  if (row.expiresAt.getTime() <= Date.now()) return zohoError("expired");
  if (await tooSoon(row)) return zohoError("slow_down");
  if (row.status === "denied") return zohoError("access_denied");
  if (row.status !== "approved" || !row.userId || !row.userLocation) return zohoError("authorization_pending");
  if (row.userLocation !== location) return zohoJson({ user_location: row.userLocation, error: "other_dc" });
  const apiDomain = `${sandboxAccountsServer(appOrigin(request), location)}/api`;
  return issueDeviceTokens({ ...row, userId: row.userId, userLocation: row.userLocation }, apiDomain, faults.accessTokenTtlSeconds);
}

// Zoho: "Two polling requests have come within [the interval]… The device must maintain a request
// rate of only one request per [interval]" → slow_down; and, as RFC 8628 §3.5 has it, the interval
// grows by 5 s for this and every later poll. The conditional update makes two racing polls count as
// too soon for one of them.
async function tooSoon(row: { deviceCodeHash: string; lastPolledAt: Date | null; intervalSeconds: number }): Promise<boolean> {
  const now = new Date();
  const early = row.lastPolledAt !== null && now.getTime() - row.lastPolledAt.getTime() < row.intervalSeconds * 1000;
  const { count } = await db.sandboxDeviceCode.updateMany({
    where: { deviceCodeHash: row.deviceCodeHash, lastPolledAt: row.lastPolledAt },
    data: { lastPolledAt: now, ...(early && { intervalSeconds: { increment: 5 } }) },
  });
  return early || count === 0;
}
