import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

/** The workspace's endpoints for the settings page: no secret, and the last delivery's outcome. */
export async function listEndpoints(ctx: Ctx) {
  allow(ctx, "webhooks:manage");
  return db.webhookEndpoint.findMany({
    where: { workspaceId: ctx.workspace.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      url: true,
      events: true,
      enabled: true,
      createdAt: true,
      disabledReason: true,
      failingSince: true,
      deliveries: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true, createdAt: true } },
    },
  });
}
