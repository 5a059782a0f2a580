import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { allow, type Ctx } from "@/lib/auth/context";
import { getAccessToken } from "./get-access-token";
import type { GrantRef } from "./schemas";

/** "Refresh now" in the console: a new access token at Zoho, unless a refresh finished since it was asked. */
export async function refreshGrant(ctx: Ctx, input: GrantRef): Promise<FormState> {
  allow(ctx, "grants:refresh");
  const result = await getAccessToken(ctx, { grantId: input.grantId, force: true });
  if (!result.ok) return { message: result.detail };
  return {
    ok: true,
    message: result.refreshed ? "New access token, valid for an hour." : "Refreshed a moment ago by someone else: using that token.",
  };
}
