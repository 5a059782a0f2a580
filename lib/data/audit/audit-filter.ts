import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";

export const auditFilterSchema = z.object({
  actor: z.string().max(40).optional().catch(undefined),
  action: z.string().max(60).optional().catch(undefined),
  target: z.string().max(60).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

// Filters become one indexed query: (workspaceId, seq) drives the order and the keyset page.
export function auditWhere(workspaceId: string, f: AuditFilter): Prisma.AuditEventWhereInput {
  return {
    workspaceId,
    actorId: f.actor || undefined,
    action: f.action || undefined,
    // A target is a client or grant id: its own events, and events that name it in their data.
    ...(f.target && { OR: [{ targetId: f.target }, { data: { path: ["clientId"], equals: f.target } }, { data: { path: ["grantId"], equals: f.target } }] }),
    createdAt: f.from || f.to ? { gte: f.from ? new Date(f.from) : undefined, lt: f.to ? new Date(new Date(f.to).getTime() + 86_400_000) : undefined } : undefined,
  };
}
