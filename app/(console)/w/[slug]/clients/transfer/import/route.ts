// POST /w/{slug}/clients/transfer/import — the registry import: an export file (up to 5 MB) in,
// progress and a summary out (lib/clients/transfer/import-reply.ts). A route handler rather than a server
// action: it reads its body with its own limit, so every size gets the form's own answer, while
// server actions keep the console-wide 1 MB limit (lib/body-limit/body-limits.ts).
import { problem } from "@/lib/api/problem";
import { findMemberContext } from "@/lib/auth/member-context";
import { importClients } from "@/lib/clients/transfer/import-clients";
import { importReply } from "@/lib/clients/transfer/import-reply";
import { planImport } from "@/lib/clients/transfer/plan-import";
import { readImportUpload } from "@/lib/clients/transfer/read-import-upload";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // Who asks is settled before a byte of the body is read.
  const ctx = await findMemberContext(request, slug, "clients:write");
  if (!ctx) return problem("not-found");
  const reply = importReply(request, `/w/${ctx.workspace.slug}/clients/transfer`);
  const upload = await readImportUpload(request);
  if ("refused" in upload) return reply.refuse(upload);
  const plan = await planImport(upload.text, upload.passphrase);
  if ("refused" in plan) return reply.refuse(plan);
  return reply.run(plan.clients.length, (onProgress) => importClients(ctx, { plan, onProgress }));
}
