"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireMember } from "@/lib/auth/require-member";
import { TOKEN_ERROR_HINTS } from "@/lib/callbacks/outcomes";
import { appOrigin, sandboxOrigins } from "@/lib/config/app-origin";
import { env } from "@/lib/config/env";
import { seal } from "@/lib/crypto/keyring";
import { db } from "@/lib/db";
import { metaFrom } from "@/lib/request-meta";
import { startDeviceAuthorizationSchema } from "@/lib/schemas/authorization";
import { startingAccountsServer } from "@/lib/zoho/match-accounts-server";
import { requestDeviceCode } from "@/lib/zoho/request-device-code";
import { verificationPageAllowed } from "@/lib/zoho/verification-page-allowed";
import { formObject, invalid, type FormState } from "./form-state";

const DEVICE_CODE_HINTS: Record<string, string> = {
  invalid_client: "Zoho does not know this client id at this data centre, or the client is not registered as a Non-browser application in Zoho's API console.",
};

// "Start device authorization" for a Non-browser client: ask the client's accounts server for a
// device code (lib/zoho/request-device-code.ts), keep it encrypted with Zoho's pace and lifetime, and
// open the page that shows the user code and polls. Audited like any authorization.
export async function startDeviceAuthorization(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "authorize");
  const input = formObject(formData);
  const parsed = startDeviceAuthorizationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const data = parsed.data;
  const client = await db.oAuthClient.findFirst({
    where: { id: data.clientId, workspaceId: workspace.id, archivedAt: null },
    select: { id: true, zohoClientId: true, provider: true, type: true, secretCipher: true, dcSecrets: { select: { location: true } } },
  });
  if (!client) return { fieldErrors: { clientId: ["That client does not exist in this workspace"] }, values: input };
  if (client.type !== "NON_BROWSER") return { fieldErrors: { clientId: ["Only Non-browser clients use the device flow; build an authorization URL for this one"] }, values: input };
  // The polls send the client secret (Zoho's polling request requires it): without one they cannot run.
  if (!client.secretCipher && client.dcSecrets.length === 0) return { message: "Add the client's secret on its page first: Zoho's polling request needs it.", values: input };

  const h = await headers();
  const server = startingAccountsServer(client.provider, data.location, env().sandboxEnabled ? appOrigin({ headers: h }) : null);
  if (!server) return { message: "The built-in sandbox is off, so this sandbox client cannot authorize.", values: input };
  const answer = await requestDeviceCode(server, client.zohoClientId, { scopes: data.scopes, accessType: data.accessType, promptConsent: data.promptConsent });
  if (!answer.ok) return { message: `Zoho refused the device code request: ${answer.error}. ${DEVICE_CODE_HINTS[answer.error] ?? TOKEN_ERROR_HINTS[answer.error] ?? answer.description ?? ""}`.trim(), values: input };
  if (!verificationPageAllowed(answer.verificationUrl, server, sandboxOrigins())) {
    return { message: "Zoho's answer named a verification page that is not on a Zoho accounts server; the console will not send anyone there.", values: input };
  }
  const complete = answer.verificationUrlComplete && verificationPageAllowed(answer.verificationUrlComplete, server, sandboxOrigins()) ? answer.verificationUrlComplete : null;

  const now = Date.now();
  const id = await db.$transaction(async (tx) => {
    const row = await tx.deviceAuthorization.create({
      data: {
        workspaceId: workspace.id, clientId: client.id, userId: user.id, startLocation: server.location, location: server.location, accountsServer: server.url,
        scopes: data.scopes, accessType: data.accessType, prompt: data.promptConsent ? "consent" : null,
        deviceCodeCipher: seal(answer.deviceCode), userCode: answer.userCode, verificationUrl: answer.verificationUrl, verificationUrlComplete: complete,
        intervalSeconds: answer.intervalSeconds, expiresAt: new Date(now + answer.expiresInSeconds * 1000), nextPollAt: new Date(now + answer.intervalSeconds * 1000),
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      workspaceId: workspace.id, actorId: user.id, action: "authorization.started", targetType: "client", targetId: client.id,
      data: { flow: "device", deviceAuthorizationId: row.id, location: server.location, scopes: data.scopes, accessType: data.accessType },
      ...metaFrom(h),
    });
    return row.id;
  });
  redirect(`/w/${workspace.slug}/authorize/device/${id}`);
}
