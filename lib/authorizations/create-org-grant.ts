import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { allow, type Ctx } from "@/lib/auth/context";
import type { OrgGrantInput } from "./schemas";
import { obtainSelfClientGrant } from "./self-client-grant";

// An organization's access token for a Self Client, with client_credentials (and soid, for the apps
// that need it): no user, no refresh token; the console renews it the same way.
export async function createOrgGrant(ctx: Ctx, { scopes, soid, ...target }: OrgGrantInput): Promise<FormState> {
  allow(ctx, "authorize");
  const got = await obtainSelfClientGrant(ctx, {
    ...target,
    request: { grantType: "client_credentials", scopes, soid },
    requestedScopes: scopes,
    // createGrant marks a grant with soid set (even "") as renewed by client_credentials.
    soid: soid ?? "",
    via: `client_credentials${soid ? ` (${soid})` : ""}`,
  });
  if ("state" in got) return got.state;
  return { ok: true, message: `Organization grant stored${soid ? ` for ${soid}` : ""}.` };
}
