// POST /w/{slug}/clients/transfer/import — the registry import: an export file (up to 5 MB) in,
// progress and a summary out (lib/transfer/import-reply.ts). A route handler rather than a server
// action: it reads its body with its own limit, so every size gets the form's own answer, while
// server actions keep the console-wide 1 MB limit (lib/body-limit/body-limits.ts).
import { problem } from "@/lib/api/problem";
import { findMember } from "@/lib/auth/find-member";
import { metaFrom } from "@/lib/request-meta";
import { importClients } from "@/lib/transfer/import-clients";
import { importReply } from "@/lib/transfer/import-reply";
import { planImport } from "@/lib/transfer/plan-import";
import { readImportUpload } from "@/lib/transfer/read-import-upload";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // Who asks is settled before a byte of the body is read.
  const member = await findMember(slug, "clients:write");
  if (!member) return problem("not-found");
  const reply = importReply(request, `/w/${member.workspace.slug}/clients/transfer`);
  const upload = await readImportUpload(request);
  if ("refused" in upload) return reply.refuse(upload);
  const plan = await planImport(upload.text, upload.passphrase);
  if ("refused" in plan) return reply.refuse(plan);
  const meta = metaFrom(request.headers);
  return reply.run(plan.clients.length, (onProgress) => importClients({ workspaceId: member.workspace.id, userId: member.user.id!, plan, meta, onProgress }));
}
