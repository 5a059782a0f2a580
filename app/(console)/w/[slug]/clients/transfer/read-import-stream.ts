import type { FormState } from "@/lib/forms/form-state";
import type { SkippedRow } from "@/lib/clients/transfer/import-outcome";

type Outcome = FormState & { skipped?: SkippedRow[] };
type Line = {
  type: "started" | "progress" | "finished" | "failed";
  done?: number;
  total?: number;
  message?: string;
  skipped?: SkippedRow[];
};

// Posts the import form to the import route and follows its NDJSON answer (import-reply.ts): progress
// as it comes, then the outcome. A refusal is problem JSON with the form's field errors.
export async function readImportStream(
  action: string,
  data: FormData,
  onProgress: (p: { done: number; total: number }) => void,
): Promise<Outcome> {
  try {
    const response = await fetch(action, { method: "POST", body: data, headers: { accept: "application/x-ndjson" } });
    if (!response.ok || !response.body) {
      const problem = await response.json().catch(() => null);
      return { fieldErrors: problem?.errors ?? { file: [problem?.detail ?? `The import failed (HTTP ${response.status}); try again.`] } };
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = "";
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffered += value;
      let end: number;
      while ((end = buffered.indexOf("\n")) >= 0) {
        const line = JSON.parse(buffered.slice(0, end)) as Line;
        buffered = buffered.slice(end + 1);
        if (line.type === "started" || line.type === "progress") onProgress({ done: line.done ?? 0, total: line.total ?? 0 });
        else return { ok: line.type === "finished", message: line.message, skipped: line.skipped };
      }
    }
    return {
      message:
        "The connection closed before the import said how it ended: look at the client list, then import the same file again if some are missing (clients already there are skipped).",
    };
  } catch {
    return { message: "The import could not reach the console (network error); try again." };
  }
}
