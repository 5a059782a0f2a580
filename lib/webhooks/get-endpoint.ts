import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

export const LOG_SIZE = 50;

/** One endpoint with its delivery log (newest first, each with its attempts), or null: no secret, no payload secrets (there are none). */
export async function getEndpoint(ctx: Ctx, endpointId: string) {
  allow(ctx, "webhooks:manage");
  return db.webhookEndpoint.findFirst({
    where: { id: endpointId, workspaceId: ctx.workspace.id },
    select: {
      id: true,
      url: true,
      events: true,
      enabled: true,
      createdAt: true,
      disabledAt: true,
      disabledReason: true,
      failingSince: true,
      deliveries: {
        orderBy: { createdAt: "desc" },
        take: LOG_SIZE,
        select: {
          id: true,
          msgId: true,
          eventType: true,
          status: true,
          attempts: true,
          nextAttemptAt: true,
          lastStatus: true,
          lastLatencyMs: true,
          lastError: true,
          createdAt: true,
          deliveredAt: true,
          attemptLog: {
            orderBy: { at: "desc" },
            take: 20,
            select: { id: true, at: true, status: true, latencyMs: true, error: true, responseSnippet: true },
          },
        },
      },
    },
  });
}
export type EndpointDetail = NonNullable<Awaited<ReturnType<typeof getEndpoint>>>;
