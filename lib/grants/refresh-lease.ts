import "server-only";
import { db } from "@/lib/db";
import type { RefreshLease } from "@/lib/generated/prisma/enums";

// One refresh per grant at a time across console instances: a lease on the grant row, taken with a
// conditional update (no transaction is held over the call to Zoho). After a failed refresh the grant
// backs off the same way, so everyone waiting gets the same answer at once instead of each trying Zoho
// again in turn. A lease whose `refreshLeaseUntil` has passed is free, whatever its state says.
export const LEASE_MS = 30_000;

export type BackoffProblem = "refresh-limit" | "zoho-unavailable";
const BACKOFF: Record<BackoffProblem, RefreshLease> = {
  "refresh-limit": "BACKOFF_REFRESH_LIMIT",
  "zoho-unavailable": "BACKOFF_ZOHO_UNAVAILABLE",
};

/** What a released lease writes (also in the transaction that stores a fresh token). */
export const FREE_LEASE = { refreshLease: null, refreshLeaseUntil: null } as const;

type LeaseColumns = { refreshLease: RefreshLease | null; refreshLeaseUntil: Date | null };

/** The grant's back-off, while it lasts: why, and the seconds left. */
export function backoffOf(grant: LeaseColumns): { problem: BackoffProblem; seconds: number } | null {
  const left = (grant.refreshLeaseUntil?.getTime() ?? 0) - Date.now();
  if (left <= 0 || !grant.refreshLease || grant.refreshLease === "REFRESHING") return null;
  return { problem: grant.refreshLease === "BACKOFF_REFRESH_LIMIT" ? "refresh-limit" : "zoho-unavailable", seconds: left / 1000 };
}

/** True when this caller now holds the lease (and must release it, or back off). */
export async function takeLease(grantId: string): Promise<boolean> {
  const { count } = await db.grant.updateMany({
    where: { id: grantId, OR: [{ refreshLeaseUntil: null }, { refreshLeaseUntil: { lt: new Date() } }] },
    data: { refreshLease: "REFRESHING", refreshLeaseUntil: new Date(Date.now() + LEASE_MS) },
  });
  return count === 1;
}

export async function backOff(grantId: string, problem: BackoffProblem, seconds: number): Promise<void> {
  await db.grant.update({
    where: { id: grantId },
    data: { refreshLease: BACKOFF[problem], refreshLeaseUntil: new Date(Date.now() + seconds * 1000) },
  });
}

export async function releaseLease(grantId: string): Promise<void> {
  await db.grant.update({ where: { id: grantId }, data: FREE_LEASE }).catch(() => undefined);
}
