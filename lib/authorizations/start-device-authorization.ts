import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { TOKEN_ERROR_HINTS } from "@/lib/callbacks/outcomes";
import { sandboxOrigins } from "@/lib/config/app-origin";
import { seal } from "@/lib/crypto/keyring";
import { db } from "@/lib/db";
import { requestDeviceCode } from "@/lib/zoho/request-device-code";
import { verificationPageAllowed } from "@/lib/zoho/verification-page-allowed";
import { consoleAccountsServer } from "./console-accounts-server";
import type { Started } from "./start-authorization";
import type { StartDeviceAuthorizationInput } from "./schemas";

const DEVICE_CODE_HINTS: Record<string, string> = {
  invalid_client:
    "Zoho does not know this client id at this data centre, or the client is not registered as a Non-browser application in Zoho's API console.",
};

// "Start device authorization" for a Non-browser client: ask the client's accounts server for a
// device code (lib/zoho/request-device-code.ts), keep it encrypted with Zoho's pace and lifetime, and
// open the page that shows the user code and polls. Audited like any authorization.
export async function startDeviceAuthorization(ctx: Ctx, input: StartDeviceAuthorizationInput): Promise<Started> {
  allow(ctx, "authorize");
  const client = await db.oAuthClient.findFirst({
    where: { id: input.clientId, workspaceId: ctx.workspace.id, archivedAt: null },
    select: { id: true, zohoClientId: true, provider: true, type: true, secretCipher: true, dcSecrets: { select: { location: true } } },
  });
  if (!client) return { fieldErrors: { clientId: ["That client does not exist in this workspace"] } };
  if (client.type !== "NON_BROWSER")
    return { fieldErrors: { clientId: ["Only Non-browser clients use the device flow; build an authorization URL for this one"] } };
  // The polls send the client secret (Zoho's polling request requires it): without one they cannot run.
  if (!client.secretCipher && client.dcSecrets.length === 0)
    return { message: "Add the client's secret on its page first: Zoho's polling request needs it." };
  const userId = actorId(ctx);
  if (!userId) return { message: "Only a signed-in member can authorize: the grant is theirs." };

  const server = await consoleAccountsServer(client.provider, input.location);
  if (!server) return { message: "The built-in sandbox is off, so this sandbox client cannot authorize." };
  const answer = await requestDeviceCode(server, client.zohoClientId, {
    scopes: input.scopes,
    accessType: input.accessType,
    promptConsent: input.promptConsent,
  });
  if (!answer.ok)
    return {
      message:
        `Zoho refused the device code request: ${answer.error}. ${DEVICE_CODE_HINTS[answer.error] ?? TOKEN_ERROR_HINTS[answer.error] ?? answer.description ?? ""}`.trim(),
    };
  if (!verificationPageAllowed(answer.verificationUrl, server, sandboxOrigins())) {
    return {
      message: "Zoho's answer named a verification page that is not on a Zoho accounts server; the console will not send anyone there.",
    };
  }
  const complete =
    answer.verificationUrlComplete && verificationPageAllowed(answer.verificationUrlComplete, server, sandboxOrigins())
      ? answer.verificationUrlComplete
      : null;

  const now = Date.now();
  const id = await db.$transaction(async (tx) => {
    const row = await tx.deviceAuthorization.create({
      data: {
        workspaceId: ctx.workspace.id,
        clientId: client.id,
        userId,
        startLocation: server.location,
        location: server.location,
        accountsServer: server.url,
        scopes: input.scopes,
        accessType: input.accessType,
        prompt: input.promptConsent ? "consent" : null,
        deviceCodeCipher: seal(answer.deviceCode),
        userCode: answer.userCode,
        verificationUrl: answer.verificationUrl,
        verificationUrlComplete: complete,
        intervalSeconds: answer.intervalSeconds,
        expiresAt: new Date(now + answer.expiresInSeconds * 1000),
        nextPollAt: new Date(now + answer.intervalSeconds * 1000),
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: userId,
      action: "authorization.started",
      targetType: "client",
      targetId: client.id,
      data: {
        flow: "device",
        deviceAuthorizationId: row.id,
        location: server.location,
        scopes: input.scopes,
        accessType: input.accessType,
      },
      ...ctx.meta,
    });
    return row.id;
  });
  return { redirectTo: `/w/${ctx.workspace.slug}/authorize/device/${id}` };
}
