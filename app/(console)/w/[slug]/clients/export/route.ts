// POST /w/{slug}/clients/export — download the workspace's client configurations as JSON
import { problem } from "@/lib/api/problem";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { can } from "@/lib/auth/permissions";
import { findMember } from "@/lib/auth/find-member";
import { db } from "@/lib/db";
import { metaFrom } from "@/lib/request-meta";
import { exportClients } from "@/lib/transfer/export-clients";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await findMember(slug, "clients:read");
  if (!member) return problem("not-found");
  const form = await request.formData().catch(() => null);
  const withSecrets = form?.get("includeSecrets") === "on";
  const passphrase = String(form?.get("passphrase") ?? "");
  if (withSecrets && !can(member.role, "secrets:reveal")) return problem("not-found");
  if (withSecrets && passphrase.length < 12) return problem("invalid-request", "A passphrase of at least 12 characters protects exported secrets.", { errors: { passphrase: ["Use at least 12 characters"] } });
  const doc = await exportClients(member.workspace.id, withSecrets ? passphrase : null);
  await db.$transaction((tx) => recordAuditEvent(tx, {
    workspaceId: member.workspace.id, actorId: member.user.id, action: "clients.exported", targetType: "workspace", targetId: member.workspace.id,
    data: { clients: doc.clients.length, includeSecrets: withSecrets }, ...metaFrom(request.headers),
  }));
  const name = `${member.workspace.slug}-clients-${doc.exportedAt.slice(0, 10)}.json`;
  return new Response(JSON.stringify(doc, null, 2), {
    headers: { "content-type": "application/json", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" },
  });
}
