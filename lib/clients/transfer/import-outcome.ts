import { IMPORT_TOO_LARGE } from "./import-file-limit";

// What an import answers: a refusal before anything is written, or a summary of what it did, every
// skipped row with its reason.
export const REFUSALS = {
  "no-file": { field: "file", status: 422, message: "Choose a file exported from a Zoho OAuth Console" },
  "too-large": { field: "file", status: 413, message: IMPORT_TOO_LARGE },
  unreadable: { field: "file", status: 400, message: "The upload could not be read: send the form as multipart/form-data" },
  "not-json": { field: "file", status: 422, message: "This file is not JSON" },
  "not-export": { field: "file", status: 422, message: "This is not a client export" },
  "needs-passphrase": {
    field: "passphrase",
    status: 422,
    message: "This file holds encrypted secrets: enter the passphrase used to export it.",
  },
  "wrong-passphrase": { field: "passphrase", status: 422, message: "The passphrase does not open this file's secrets." },
} as const;

export type RefusalCode = keyof typeof REFUSALS;
export type ImportRefusal = { refused: RefusalCode; detail?: string };

export const refusalMessage = ({ refused, detail }: ImportRefusal) =>
  detail ? `${REFUSALS[refused].message} (${detail})` : REFUSALS[refused].message;

export type SkippedRow = { row: number; name: string | null; kind: "exists" | "duplicate" | "invalid"; reason: string };
export type ImportSummary = { created: number; secrets: number; skipped: SkippedRow[]; failed?: boolean };
export type ImportCounts = { created: number; secrets: number; exists: number; duplicate: number; invalid: number; failed: boolean };

export function countImport(summary: ImportSummary): ImportCounts {
  const count = (kind: SkippedRow["kind"]) => summary.skipped.filter((s) => s.kind === kind).length;
  return {
    created: summary.created,
    secrets: summary.secrets,
    exists: count("exists"),
    duplicate: count("duplicate"),
    invalid: count("invalid"),
    failed: !!summary.failed,
  };
}

const n = (count: number) => count.toLocaleString("en");

export function describeImport(c: ImportCounts): string {
  const parts = [`Imported ${n(c.created)} client${c.created === 1 ? "" : "s"} (${n(c.secrets)} with secrets).`];
  const skipped = [
    [c.exists, "already registered"],
    [c.duplicate, "listed twice in the file"],
    [c.invalid, "invalid"],
  ] as const;
  const total = c.exists + c.duplicate + c.invalid;
  if (total)
    parts.push(
      `Skipped ${n(total)}: ${skipped
        .filter(([k]) => k)
        .map(([k, what]) => `${n(k)} ${what}`)
        .join(", ")}.`,
    );
  if (c.failed) {
    parts.unshift("The import stopped before the end.");
    parts.push("Import the same file again to finish: clients already imported are skipped, never doubled.");
  }
  return parts.join(" ");
}
