import type { FormState } from "@/lib/forms/form-state";
import {
  countImport,
  describeImport,
  REFUSALS,
  refusalMessage,
  type ImportCounts,
  type ImportSummary,
  type RefusalCode,
} from "./import-outcome";

// A browser without JavaScript posts the import form and is sent back to the page with the outcome in
// the query: a refusal code or the counts, never free text (a link could otherwise make the console's
// own page say anything).
const COUNTS = ["created", "secrets", "exists", "duplicate", "invalid"] as const;

export function noticeQuery(outcome: { refused: RefusalCode } | ImportSummary): string {
  if ("refused" in outcome) return new URLSearchParams({ import: outcome.refused }).toString();
  const counts = countImport(outcome);
  return new URLSearchParams({
    import: counts.failed ? "failed" : "done",
    ...Object.fromEntries(COUNTS.map((k) => [k, String(counts[k])])),
  }).toString();
}

export function noticeFromQuery(query: Record<string, string | string[] | undefined>): FormState | null {
  const code = query.import;
  if (typeof code !== "string") return null;
  if (code in REFUSALS) {
    const refused = code as RefusalCode;
    return { fieldErrors: { [REFUSALS[refused].field]: [refusalMessage({ refused })] } };
  }
  if (code !== "done" && code !== "failed") return null;
  const counts = Object.fromEntries(COUNTS.map((k) => [k, /^\d{1,6}$/.test(String(query[k])) ? Number(query[k]) : 0])) as Omit<
    ImportCounts,
    "failed"
  >;
  return { ok: code === "done", message: describeImport({ ...counts, failed: code === "failed" }) };
}
