import "server-only";
import { appOrigin } from "@/lib/config/app-origin";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { sandboxAccountsServer } from "@/lib/data-centres/data-centre";
import { rateLimitAnswer, zohoError, zohoJson } from "./answers";
import { newUserCode } from "./device-user-code";
import { newOpaqueToken } from "./generate-credentials";
import { checkScopeParam } from "@/lib/zoho/scope-grammar";
import { WINDOW_MS } from "./limits";
import { readTokenCall } from "./read-token-call";

// POST {accounts-server}/oauth/v3/device/code — the device flow's initiation request (Zoho,
// https://www.zoho.com/accounts/protocol/oauth/devices/initiation-request.html): client_id,
// grant_type=device_request, scope, access_type, prompt → user_code, device_code, verification_url,
// expires_in, interval. No client secret, no PKCE.
export async function issueDeviceCode(request: Request, { location }: { location: string }): Promise<Response> {
  const call = await readTokenCall(request);
  if (call instanceof Response) return call;
  const { params, faults } = call;
  const grantType = params.get("grant_type");
  if (!grantType) return zohoError("invalid_request", 200, "grant_type is missing");
  if (grantType !== "device_request") return zohoError("unsupported_grant_type");

  const clientId = params.get("client_id")?.trim() ?? "";
  if (!clientId) return zohoError("invalid_request", 200, "client_id is missing");
  const client = clientId.length <= 100 ? await db.sandboxClient.findUnique({ where: { clientId }, select: { type: true } }) : null;
  if (!client) return zohoError("invalid_client");
  // Only clients registered as Non-browser applications run the device flow. Zoho's pages do not
  // document its answer for other client types; its device pages know one client error, invalid_client
  // ("client authentication failed" on Zoho Accounts' device verification page), so that is the answer.
  if (client.type !== "NON_BROWSER") return zohoError("invalid_client", 200, "Only Non-browser clients can use the device flow.");

  const scopes = checkScopeParam(params.get("scope"));
  if (!scopes.ok) return zohoError("invalid_scope", 200, scopes.problem);
  const accessType = params.get("access_type") || "online";
  if (accessType !== "online" && accessType !== "offline") return zohoError("invalid_request", 200, "access_type is online or offline");
  const prompt = params.get("prompt") || null;

  // Zoho allows a client 10 grant codes in 10 minutes (https://www.zoho.com/accounts/protocol/oauth/token-limits.html);
  // its device pages give no figure of their own, so device codes count against the same limit, with
  // Zoho's throttle answer past it. It also bounds what a flood can store: codeLimit rows per client.
  const recent = await db.sandboxDeviceCode.count({ where: { clientId, createdAt: { gt: new Date(Date.now() - WINDOW_MS) } } });
  if (recent >= faults.codeLimit) return rateLimitAnswer(faults.rateLimitLocale);

  const deviceCode = newOpaqueToken();
  const userCode = await storeDeviceCode({
    deviceCodeHash: sha256Hex(deviceCode),
    clientId,
    scopes: scopes.scopes,
    accessType,
    prompt,
    location,
    intervalSeconds: faults.deviceIntervalSeconds,
    expiresAt: new Date(Date.now() + faults.deviceCodeTtlSeconds * 1000),
  });
  const page = `${sandboxAccountsServer(appOrigin(request), location)}/oauth/v3/device`;
  // Milliseconds, as Zoho's initiation page describes interval and expires_in ("in milliseconds"); the
  // console reads either unit (lib/zoho/parse-device-code-answer.ts).
  return zohoJson({
    user_code: userCode,
    device_code: deviceCode,
    verification_url: page,
    verification_uri_complete: `${page}?user_code=${encodeURIComponent(userCode)}`,
    expires_in: faults.deviceCodeTtlSeconds * 1000,
    interval: faults.deviceIntervalSeconds * 1000,
  });
}

type NewDeviceCode = {
  deviceCodeHash: string;
  clientId: string;
  scopes: string[];
  accessType: string;
  prompt: string | null;
  location: string;
  intervalSeconds: number;
  expiresAt: Date;
};
const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

// User codes are unique; a clash (one in hundreds of billions) draws another.
async function storeDeviceCode(data: NewDeviceCode): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const userCode = newUserCode();
    try {
      await db.sandboxDeviceCode.create({ data: { ...data, userCode }, select: { userCode: true } });
      return userCode;
    } catch (error) {
      if (attempt >= 4 || !isUniqueViolation(error)) throw error;
    }
  }
}
