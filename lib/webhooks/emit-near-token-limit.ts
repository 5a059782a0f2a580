import "server-only";
import type { Tx } from "@/lib/db";
import { nearTokenLimitKey } from "./alert-rules";
import { emitGrantAlert } from "./emit-grant-alert";

/**
 * `grant.near_token_limit`, in the transaction that stores a refreshed access token (lib/grants/get-access-token.ts):
 * when this refresh took the grant's refreshes in Zoho's 10-minute window from below 70 % of the workspace's
 * budget to 70 % or more (alert-rules.ts: the rule, the dedupe window, and Zoho's limit with its source).
 * `refreshes`: the refreshes in the window counting this one. The caller counted the ones before it to check
 * the budget, and refreshes of one grant run one at a time (the lease), so this is that count plus one.
 */
export async function emitNearTokenLimit(
  tx: Tx,
  grant: { id: string; workspaceId: string },
  o: { refreshes: number; limit: number; now?: Date },
): Promise<string | null> {
  const dedupeKey = nearTokenLimitKey(grant.id, { before: o.refreshes - 1, after: o.refreshes, limit: o.limit, now: o.now ?? new Date() });
  if (!dedupeKey) return null;
  const reason =
    `${o.refreshes} of the ${o.limit} access tokens Zoho allows per refresh token in 10 minutes were used. ` +
    `Past the limit Zoho refuses refreshes ("too many requests"): cache the access token for its hour instead of refreshing per request.`;
  return emitGrantAlert(tx, grant, "grant.near_token_limit", { reason }, { dedupeKey });
}
