import "server-only";
import type { z } from "zod";
import { withoutNul } from "@/lib/without-nul";
import { exportedClientSchema, exportedSecretsSchema, importEnvelopeSchema } from "./client-export-schema";
import type { ImportRefusal, SkippedRow } from "./import-outcome";
import { open } from "./passphrase-box";

export type PlannedClient = z.infer<typeof exportedClientSchema> & { row: number; key: string };
export type ImportPlan = { clients: PlannedClient[]; skipped: SkippedRow[]; secrets: z.infer<typeof exportedSecretsSchema> };

const hasNul = (value: unknown): boolean =>
  typeof value === "string"
    ? value.includes("\0")
    : Array.isArray(value)
      ? value.some(hasNul)
      : !!value && typeof value === "object" && Object.values(value).some(hasNul);

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

const parseOrNull = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

// Reads an export file before anything is written: the envelope and the secrets box must hold (else
// the whole file is refused), then each client is checked on its own. A bad row, or a second row for
// the same client, is set aside with its reason; the others go ahead.
export async function planImport(text: string, passphrase: string): Promise<ImportPlan | ImportRefusal> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { refused: "not-json" };
  }
  const doc = importEnvelopeSchema.safeParse(json);
  if (!doc.success) {
    const issue = doc.error.issues[0];
    return { refused: "not-export", detail: `${issue?.path.join(".") || "the file"}: ${issue?.message}` };
  }
  let secrets: ImportPlan["secrets"] = {};
  if (doc.data.secrets) {
    if (!passphrase) return { refused: "needs-passphrase" };
    const opened = await open(doc.data.secrets, passphrase);
    const parsed = opened === null ? null : exportedSecretsSchema.safeParse(parseOrNull(opened));
    if (!parsed?.success) return { refused: "wrong-passphrase" };
    secrets = parsed.data;
  }

  const plan: ImportPlan = { clients: [], skipped: [], secrets };
  const firstRow = new Map<string, number>();
  for (const [index, raw] of doc.data.clients.entries()) {
    const row = index + 1;
    // Checking 20,000 rows takes a while: let other requests in every 1,000.
    if (index % 1_000 === 999) await nextTurn();
    const rawName = (raw as { name?: unknown } | null)?.name;
    const name = typeof rawName === "string" ? withoutNul(rawName).slice(0, 80) : null;
    const parsed = exportedClientSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      plan.skipped.push({ row, name, kind: "invalid", reason: `${issue?.path.join(".") || "the row"}: ${issue?.message}` });
      continue;
    }
    // PostgreSQL text cannot hold NUL: refused here rather than failing the rows stored with it.
    if (hasNul(parsed.data)) {
      plan.skipped.push({ row, name, kind: "invalid", reason: "contains a NUL character" });
      continue;
    }
    const key = `${parsed.data.provider}:${parsed.data.zohoClientId}`;
    const first = firstRow.get(key);
    if (first) {
      plan.skipped.push({ row, name, kind: "duplicate", reason: `the same client as row ${first}` });
      continue;
    }
    firstRow.set(key, row);
    plan.clients.push({ ...parsed.data, redirectUris: [...new Set(parsed.data.redirectUris)], row, key });
  }
  return plan;
}
