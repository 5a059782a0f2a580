import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { allow, type Ctx } from "@/lib/auth/context";
import type { SelfCodeInput } from "./schemas";
import { obtainSelfClientGrant, refreshTokenNote } from "./self-client-grant";

// A Self Client's grant from the code generated in Zoho's API console (no redirect URI).
export async function exchangeSelfCode(ctx: Ctx, input: SelfCodeInput): Promise<FormState> {
  allow(ctx, "authorize");
  const got = await obtainSelfClientGrant(ctx, {
    clientId: input.clientId,
    location: input.location,
    request: { grantType: "authorization_code", code: input.code },
    requestedScopes: null,
    via: "Self Client code",
  });
  if ("state" in got) return got.state;
  return { ok: true, message: `Grant stored${refreshTokenNote(got.refreshToken)}.` };
}
