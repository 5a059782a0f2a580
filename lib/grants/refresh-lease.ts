import "server-only";
import { db } from "@/lib/db";
import type { RefreshLease } from "@/lib/generated/prisma/enums";
import { log } from "@/lib/log/logger";
import { onShutdown, SHUTDOWN_ORDER } from "@/lib/shutdown/on-shutdown";

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

// The leases this process took (grant id → the exact expiry it wrote), on globalThis like the database
// client. A clean shutdown gives back those still held (releaseHeldLeases), so another instance refreshes
// at once instead of waiting out LEASE_MS; matching the expiry leaves a lease someone else took since alone.
const g = globalThis as unknown as { consoleHeldLeases?: Map<string, Date> };
function heldLeases(): Map<string, Date> {
  if (!g.consoleHeldLeases) {
    g.consoleHeldLeases = new Map();
    onShutdown("refresh leases", SHUTDOWN_ORDER.leases, async () => {
      const released = await releaseHeldLeases();
      if (released) log.info({ released }, `released ${released} refresh lease(s) held by refreshes still running`);
    });
  }
  return g.consoleHeldLeases;
}

/** True when this caller now holds the lease (and must release it, or back off). */
export async function takeLease(grantId: string): Promise<boolean> {
  const until = new Date(Date.now() + LEASE_MS);
  const { count } = await db.grant.updateMany({
    where: { id: grantId, OR: [{ refreshLeaseUntil: null }, { refreshLeaseUntil: { lt: new Date() } }] },
    data: { refreshLease: "REFRESHING", refreshLeaseUntil: until },
  });
  if (count !== 1) return false;
  const held = heldLeases();
  // A lease freed in the same transaction as the new token (get-access-token.ts) stays listed until it expires.
  for (const [id, expiry] of held) if (expiry.getTime() < Date.now()) held.delete(id);
  held.set(grantId, until);
  return true;
}

/** Frees every lease this process still holds (refreshes cut short by the shutdown). */
export async function releaseHeldLeases(): Promise<number> {
  const held = [...heldLeases()].filter(([, until]) => until.getTime() > Date.now());
  heldLeases().clear();
  let released = 0;
  for (const [id, until] of held) {
    const { count } = await db.grant.updateMany({ where: { id, refreshLease: "REFRESHING", refreshLeaseUntil: until }, data: FREE_LEASE });
    released += count;
  }
  return released;
}

export async function backOff(grantId: string, problem: BackoffProblem, seconds: number): Promise<void> {
  heldLeases().delete(grantId);
  await db.grant.update({
    where: { id: grantId },
    data: { refreshLease: BACKOFF[problem], refreshLeaseUntil: new Date(Date.now() + seconds * 1000) },
  });
}

export async function releaseLease(grantId: string): Promise<void> {
  heldLeases().delete(grantId);
  await db.grant.update({ where: { id: grantId }, data: FREE_LEASE }).catch(() => undefined);
}
