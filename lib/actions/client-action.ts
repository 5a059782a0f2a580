import "server-only";
import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { recordAuditEvent, type AuditInput } from "@/lib/audit/record-audit-event";
import type { Permission } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/require-member";
import { db, type Tx } from "@/lib/db";
import { requestMeta } from "@/lib/request-meta";
import { withoutNul } from "@/lib/without-nul";

type Context = { tx: Tx; user: { id: string }; workspace: { id: string; slug: string }; client: { id: string; name: string } };

// The shared frame of every action on one client: permission, the client in this workspace (else
// 404), the change and its audit event in one transaction, then the client's pages refreshed.
export async function withClient<T>(
  slug: string,
  clientId: string,
  permission: Permission,
  change: (ctx: Context) => Promise<{ audit: Pick<AuditInput, "action" | "data">; result: T } | { refuse: T }>,
): Promise<T> {
  const { user, workspace } = await requireMember(slug, permission);
  const meta = await requestMeta();
  const outcome = await db.$transaction(async (tx) => {
    // A bound id is whatever the caller sent: one with a NUL is no client (404), not a refused query.
    const client = await tx.oAuthClient.findFirst({ where: { id: withoutNul(clientId), workspaceId: workspace.id }, select: { id: true, name: true } });
    if (!client) return null;
    const done = await change({ tx, user, workspace, client });
    if ("refuse" in done) return { value: done.refuse };
    await recordAuditEvent(tx, { workspaceId: workspace.id, actorId: user.id, targetType: "client", targetId: client.id, ...done.audit, data: { name: client.name, ...done.audit.data }, ...meta });
    return { value: done.result };
  });
  if (!outcome) notFound();
  revalidatePath(`/w/${workspace.slug}/clients`, "layout");
  return outcome.value;
}
