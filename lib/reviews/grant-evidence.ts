import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// What a review freezes of each grant: what the reviewer sees, and the evidence of use the report shows
// (its creation, last refresh and last use: lib/grants/record-grant-use.ts).

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
  lastUsedAt: true,
  client: { select: { name: true, environment: true } },
} as const;

type Selected = Prisma.GrantGetPayload<{ select: typeof REVIEW_GRANT_SELECT }>;

/** The item row a grant becomes (its decision fields empty). */
export function snapshotGrant(grant: Selected, reviewId: string, position: number) {
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
    lastUsedAt: grant.lastUsedAt,
  };
}
