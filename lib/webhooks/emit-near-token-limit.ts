import "server-only";
import type { Tx } from "@/lib/db";
import { SPENT_REFRESH } from "@/lib/grants/access-token-result";
import { nearTokenLimitKey, TOKEN_WINDOW_MS } from "./alert-rules";
import { emitGrantAlert } from "./emit-grant-alert";

/**
 * `grant.near_token_limit`, in the transaction that stores a refreshed access token (lib/grants/get-access-token.ts):
 * when this refresh took the grant's refreshes in Zoho's 10-minute window from below 70 % of the workspace's
 * budget to 70 % or more (alert-rules.ts: the rule, the dedupe window, and Zoho's limit with its source).
 * `before`: the refreshes the window held when this one began (refreshes of one grant run one at a time: the lease).
 */
export async function emitNearTokenLimit(
  tx: Tx,
  grant: { id: string; workspaceId: string },
  o: { before: number; limit: number; now?: Date },
): Promise<string | null> {
  const now = o.now ?? new Date();
  const after = await tx.grantRefresh.count({
    where: { grantId: grant.id, at: { gt: new Date(now.getTime() - TOKEN_WINDOW_MS) }, ...SPENT_REFRESH },
  });
  const dedupeKey = nearTokenLimitKey(grant.id, { before: o.before, after, limit: o.limit, now });
  if (!dedupeKey) return null;
  const reason =
    `${after} of the ${o.limit} access tokens Zoho allows per refresh token in 10 minutes were used. ` +
    `Past the limit Zoho refuses refreshes ("too many requests"): cache the access token for its hour instead of refreshing per request.`;
  return emitGrantAlert(tx, grant, "grant.near_token_limit", { reason }, { dedupeKey });
}
