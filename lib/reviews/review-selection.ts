import type { Prisma } from "@/lib/generated/prisma/client";

// What a review selects of the filtered grants: every one that still works or stopped working (ACTIVE,
// INVALID). Revoked grants are left out — there is nothing left to keep or revoke.
export function reviewSelectionWhere(filtered: Prisma.GrantWhereInput): Prisma.GrantWhereInput {
  return { AND: [filtered, { status: { not: "REVOKED" } }] };
}
