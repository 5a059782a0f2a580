import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// What a review freezes of each grant: what the reviewer sees, and the evidence of use the report shows.
// Grant.lastUsedAt (last-used tracking, issue 16) is read when the schema has it, so this file need not
// change when it lands; until then the evidence is the grant's creation and its last refresh.
const HAS_LAST_USED = "lastUsedAt" in Prisma.GrantScalarFieldEnum;

export const REVIEW_GRANT_SELECT = {
  id: true,
  label: true,
  zohoUserEmail: true,
  location: true,
  scopes: true,
  status: true,
  orgWide: true,
  refreshLast4: true,
  createdAt: true,
  lastRefreshAt: true,
  client: { select: { name: true, environment: true } },
  // Typed as nothing until the column exists; Prisma reads it at run time when it does.
  ...((HAS_LAST_USED ? { lastUsedAt: true } : {}) as object),
} as const;

type Selected = Prisma.GrantGetPayload<{ select: typeof REVIEW_GRANT_SELECT }>;

/** The item row a grant becomes (its decision fields empty). */
export function snapshotGrant(grant: Selected, reviewId: string, position: number) {
  const lastUsedAt = (grant as { lastUsedAt?: Date | null }).lastUsedAt ?? null;
  return {
    reviewId,
    position,
    grantId: grant.id,
    clientName: grant.client.name,
    environment: grant.client.environment,
    label: grant.label,
    zohoUserEmail: grant.zohoUserEmail,
    location: grant.location,
    scopes: grant.scopes,
    status: grant.status,
    orgWide: grant.orgWide,
    refreshLast4: grant.refreshLast4,
    grantCreatedAt: grant.createdAt,
    lastRefreshAt: grant.lastRefreshAt,
    lastUsedAt,
  };
}
