// POST /w/{slug}/clients/export — download the workspace's client configurations as JSON
import { problem } from "@/lib/api/problem";
import { NotAllowedError } from "@/lib/auth/context";
import { findMemberContext } from "@/lib/auth/member-context";
import { exportClients } from "@/lib/clients/transfer/export-clients";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await findMemberContext(request, slug, "clients:read");
  if (!ctx) return problem("not-found");
  const form = await request.formData().catch(() => null);
  const input = { includeSecrets: form?.get("includeSecrets") === "on", passphrase: String(form?.get("passphrase") ?? "") };
  try {
    const doc = await exportClients(ctx, input);
    if ("refused" in doc) {
      const errors = { passphrase: ["Use at least 12 characters"] };
      return problem("invalid-request", "A passphrase of at least 12 characters protects exported secrets.", { errors });
    }
    const name = `${ctx.workspace.slug}-clients-${doc.exportedAt.slice(0, 10)}.json`;
    return new Response(JSON.stringify(doc, null, 2), {
      headers: { "content-type": "application/json", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" },
    });
  } catch (error) {
    // Secrets without secrets:reveal: there is nothing here for this member.
    if (error instanceof NotAllowedError) return problem("not-found");
    throw error;
  }
}
