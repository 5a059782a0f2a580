"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { buttonClass } from "@/components/button-class";
import { Card } from "@/components/card";
import { describedBy, Field, fileInputClass, inputClass } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { ProgressStatus } from "@/components/progress-status";
import type { FormState } from "@/lib/forms/form-state";
import { IMPORT_FILE_LIMIT_BYTES, IMPORT_TOO_LARGE } from "@/lib/clients/transfer/import-file-limit";
import type { SkippedRow } from "@/lib/clients/transfer/import-outcome";
import { readImportStream } from "./read-import-stream";
import { SkippedRows } from "./skipped-rows";

type Shown = FormState & { skipped?: SkippedRow[]; progress?: { done: number; total: number } };

// The registry import. Without JavaScript it is a plain form post to the import route, which sends the
// browser back here with the outcome (`notice`). With it, the file's size is checked before uploading
// and the import's progress is streamed: a bar per batch, then the summary with every skipped row.
export function ImportForm({ action, notice }: { action: string; notice: FormState | null }) {
  const router = useRouter();
  const [shown, setShown] = useState<Shown>(notice ?? {});
  const busy = !!shown.progress;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0)
      return setShown({ fieldErrors: { file: ["Choose a file exported from a Zoho OAuth Console"] } });
    if (file.size > IMPORT_FILE_LIMIT_BYTES) return setShown({ fieldErrors: { file: [IMPORT_TOO_LARGE] } });
    setShown({ progress: { done: 0, total: 0 } });
    const outcome = await readImportStream(action, data, (progress) => setShown({ progress }));
    setShown(outcome);
    if (outcome.ok && outcome.message) {
      toast.success(outcome.message);
      router.refresh();
    }
  }

  const e = shown.fieldErrors ?? {};
  return (
    <Card>
      <h2 className="text-sm font-semibold">Import client configurations</h2>
      <p className="mt-1 text-sm text-muted">An export file of up to 5 MB. Clients already registered are skipped, never overwritten.</p>
      <form
        method="POST"
        action={action}
        encType="multipart/form-data"
        onSubmit={submit}
        data-action="import-clients"
        className="mt-4 space-y-3"
        noValidate
      >
        <Field id="import-file" label="Export file (.json)" errors={e.file}>
          <input
            id="import-file"
            name="file"
            type="file"
            accept="application/json,.json"
            className={fileInputClass}
            aria-describedby={describedBy("import-file")}
          />
        </Field>
        <Field id="import-passphrase" label="Passphrase (if the file holds secrets)" errors={e.passphrase}>
          <input
            id="import-passphrase"
            name="passphrase"
            type="password"
            autoComplete="off"
            className={inputClass}
            aria-describedby={describedBy("import-passphrase")}
          />
        </Field>
        {shown.progress && <ProgressStatus label="Import progress" {...shown.progress} />}
        <FormMessage state={shown} />
        {shown.skipped && shown.skipped.length > 0 && <SkippedRows rows={shown.skipped} />}
        {/* Busy: aria-disabled, not disabled (a disabled button drops keyboard focus to <body>); submit() ignores a second press. */}
        <button type="submit" aria-disabled={busy} aria-busy={busy} className={buttonClass("primary", busy)}>
          {busy && <span className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent" aria-hidden />}
          {busy ? "Importing…" : "Import"}
        </button>
      </form>
    </Card>
  );
}
