import "server-only";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { revokeGrantOutcome } from "@/lib/grants/revoke-grant";
import { finishBulkRun } from "./finish-bulk-run";
import { errorFields, log } from "@/lib/log/logger";

export const MAX_ATTEMPTS = 3;
const BATCH = 10;
// The run's lease is renewed after every grant; a worker that dies lets it lapse, and the run can be resumed.
export const RUN_LEASE_MS = 30_000;
// An item's claim: longer than one revoke can take (Zoho's call times out after 10 s).
const ITEM_LEASE_MS = 60_000;
const MAX_WAIT_MS = 5_000;
/** After failed attempt n (1, 2, …): wait 2 s, then 4 s, before trying Zoho again. */
export const retryDelayMs = (attempts: number) => 1000 * 2 ** attempts;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Works through a REVOKE run's PENDING items until none is left, in the server (the browser may close):
 * one grant at a time through revokeGrantOutcome (at Zoho first, audited `grant.revoked`). Zoho
 * unreachable or rate-limiting: the item waits (2 s, 4 s) and is tried again, at most MAX_ATTEMPTS
 * times, then FAILED with the reason. Only the holder of the run's lease works on it, and each item is
 * claimed before its revoke, so two instances or two tabs never revoke one grant at the same time.
 * Returns false when another worker holds the run.
 */
export async function processBulkRun(ctx: Ctx, runId: string, startLease?: Date): Promise<boolean> {
  let lease = new Date(Date.now() + RUN_LEASE_MS);
  // A run just started comes with its lease (startBulkRevoke sets it, so the page never shows it stopped).
  const free = [{ workerUntil: null }, { workerUntil: { lt: new Date() } }, ...(startLease ? [{ workerUntil: startLease }] : [])];
  const claimed = await db.bulkRun.updateMany({
    // Not "finishedAt: null": a "Retry failed" that raced a finishing worker leaves items PENDING on a finished run.
    where: { id: runId, workspaceId: ctx.workspace.id, kind: "REVOKE", OR: free },
    data: { workerUntil: lease },
  });
  if (!claimed.count) return false;
  const renew = async () => {
    const next = new Date(Date.now() + RUN_LEASE_MS);
    const { count } = await db.bulkRun.updateMany({ where: { id: runId, workerUntil: lease }, data: { workerUntil: next } });
    lease = next;
    return count === 1;
  };
  try {
    for (;;) {
      if (!(await renew())) return true; // someone else took the run over (our lease had lapsed): let them finish it
      const items = await claimItems(runId);
      if (items.length === 0) {
        const next = await db.bulkRunItem.findFirst({
          where: { runId, state: "PENDING" },
          orderBy: [{ retryAt: { sort: "asc", nulls: "first" } }],
          select: { retryAt: true, leaseUntil: true },
        });
        if (!next) {
          await db.$transaction((tx) => finishBulkRun(ctx, runId, tx));
          return true;
        }
        const until = Math.max(next.retryAt?.getTime() ?? 0, next.leaseUntil?.getTime() ?? 0);
        await sleep(Math.min(Math.max(until - Date.now(), 100), MAX_WAIT_MS));
        continue;
      }
      for (const item of items) {
        await revokeItem(ctx, item);
        await renew();
      }
    }
  } finally {
    await db.bulkRun.updateMany({ where: { id: runId, workerUntil: lease }, data: { workerUntil: null } });
  }
}

// The next PENDING items that are due and not claimed, each claimed by a conditional update (only one
// worker's update can match), its attempt counted.
async function claimItems(runId: string) {
  const now = new Date();
  const due = {
    runId,
    state: "PENDING" as const,
    AND: [{ OR: [{ retryAt: null }, { retryAt: { lte: now } }] }, { OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] }],
  };
  const candidates = await db.bulkRunItem.findMany({ where: due, orderBy: { id: "asc" }, take: BATCH, select: { id: true } });
  const items: { id: string; grantId: string; attempts: number }[] = [];
  for (const { id } of candidates) {
    const { count } = await db.bulkRunItem.updateMany({
      where: { ...due, id },
      data: { leaseUntil: new Date(Date.now() + ITEM_LEASE_MS), attempts: { increment: 1 } },
    });
    if (count) items.push(await db.bulkRunItem.findUniqueOrThrow({ where: { id }, select: { id: true, grantId: true, attempts: true } }));
  }
  return items;
}

async function revokeItem(ctx: Ctx, item: { id: string; grantId: string; attempts: number }) {
  const outcome = await revokeGrantOutcome(ctx, { grantId: item.grantId }).catch((error: unknown) => {
    log.error(errorFields(error), "bulk revoke: one grant failed");
    return { result: "retryable" as const, message: "Something went wrong in the console; nothing was revoked." };
  });
  const done = (state: "DONE" | "FAILED" | "SKIPPED" | "PENDING", message: string, retryAt: Date | null = null) =>
    db.bulkRunItem.update({ where: { id: item.id }, data: { state, message, retryAt, leaseUntil: null } });
  if (outcome.result === "revoked") return done("DONE", outcome.message);
  if (outcome.result === "already") return done("SKIPPED", "Already revoked (by someone else while the run went on).");
  if (outcome.result === "failed") return done("FAILED", outcome.message);
  if (item.attempts < MAX_ATTEMPTS)
    return done(
      "PENDING",
      `Attempt ${item.attempts} of ${MAX_ATTEMPTS} failed: ${outcome.message} Trying again.`,
      new Date(Date.now() + retryDelayMs(item.attempts)),
    );
  return done("FAILED", `${outcome.message} (${MAX_ATTEMPTS} attempts)`);
}
