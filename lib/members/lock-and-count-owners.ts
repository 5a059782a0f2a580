import "server-only";
import type { Tx } from "@/lib/db";

// Call inside the transaction that changes memberships: the lock makes "is there another owner?"
// and the change one step, so two owners cannot demote each other at once.
export async function lockAndCountOwners(tx: Tx, workspaceId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${"members:" + workspaceId}))`;
  return tx.membership.count({ where: { workspaceId, role: "OWNER" } });
}
