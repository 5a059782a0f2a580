"use server";
import { revalidatePath } from "next/cache";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireMember } from "@/lib/auth/require-member";
import { db } from "@/lib/db";
import { requestMeta } from "@/lib/request-meta";
import { clientExportSchema } from "@/lib/transfer/client-export-schema";
import { importClients } from "@/lib/transfer/import-clients";
import type { FormState } from "./form-state";

const MAX_BYTES = 5 * 1024 * 1024;

export async function importClientsFile(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "clients:write");
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: ["Choose a file exported from a Zoho OAuth Console"] } };
  if (file.size > MAX_BYTES) return { fieldErrors: { file: ["The file is larger than 5 MB"] } };
  let json: unknown;
  try {
    json = JSON.parse(await file.text());
  } catch {
    return { fieldErrors: { file: ["This file is not JSON"] } };
  }
  const doc = clientExportSchema.safeParse(json);
  if (!doc.success) {
    const where = doc.error.issues[0]?.path.join(".") || "the file";
    return { fieldErrors: { file: [`This is not a client export (${where}: ${doc.error.issues[0]?.message})`] } };
  }
  const meta = await requestMeta();
  const passphrase = String(formData.get("passphrase") ?? "");
  const result = await db.$transaction(async (tx) => {
    const r = await importClients(tx, { workspaceId: workspace.id, userId: user.id, doc: doc.data, passphrase });
    if ("error" in r) return r;
    await recordAuditEvent(tx, { workspaceId: workspace.id, actorId: user.id, action: "clients.imported", targetType: "workspace", targetId: workspace.id, data: { created: r.created, skipped: r.skipped.length, secrets: r.secrets }, ...meta });
    return r;
  }, { timeout: 60_000 });
  if ("error" in result) return { fieldErrors: { passphrase: [result.error] } };
  revalidatePath(`/w/${workspace.slug}/clients`);
  const skipped = result.skipped.length ? ` Skipped ${result.skipped.length} already registered: ${result.skipped.slice(0, 5).join(", ")}${result.skipped.length > 5 ? "…" : ""}.` : "";
  return { ok: true, message: `Imported ${result.created} clients (${result.secrets} with secrets).${skipped}` };
}
