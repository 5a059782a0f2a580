import "server-only";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { revokeGrant } from "@/lib/grants/revoke-grant";

const CONCURRENCY = 4;

/**
 * Revokes, through revokeGrant (at Zoho first, then here, audited grant.revoked), every grant of a finished
 * review that was marked revoke and is not revoked yet, and records each outcome on its item. Each result is
 * written as soon as it is known, so a run cut short (a crash, a closed browser) resumes where it stopped.
 */
export async function runReviewRevokes(ctx: Ctx, reviewId: string) {
  const items = await db.accessReviewItem.findMany({
    where: { reviewId, decision: "REVOKE", OR: [{ revokeOk: null }, { revokeOk: false }] },
    orderBy: { position: "asc" },
    select: { id: true, grantId: true },
  });
  let revoked = 0;
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      const exists = await db.grant.count({ where: { id: item.grantId, workspaceId: ctx.workspace.id } });
      const state = exists
        ? await revokeGrant(ctx, { grantId: item.grantId }).catch(() => ({
            ok: false,
            message: "The revoke failed unexpectedly; try again.",
          }))
        : { ok: true, message: "The grant no longer exists (its client was deleted): nothing to revoke." };
      if (state.ok) revoked++;
      else failed++;
      await db.accessReviewItem.update({
        where: { id: item.id },
        data: { revokeOk: state.ok === true, revokeResult: (state.message ?? "").slice(0, 300), revokeAt: new Date() },
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return { attempted: items.length, revoked, failed };
}
