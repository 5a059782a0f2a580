import "server-only";
import { db } from "@/lib/db";

export function listGrants(workspaceId: string) {
  return db.grant.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true, location: true, accountsServer: true, apiDomain: true, scopes: true, refreshLast4: true,
      zohoUserEmail: true, zohoUserId: true, status: true, createdAt: true, createdById: true, label: true, accessExpiresAt: true, orgWide: true,
      client: { select: { id: true, name: true, environment: true } },
    },
  });
}
