import { problem } from "@/lib/api/problem";
import { countImport, describeImport, REFUSALS, refusalMessage, type ImportRefusal, type ImportSummary } from "./import-outcome";
import { noticeQuery } from "./import-notice";

// How the import route answers, by what the caller accepts:
// - the page's script (application/x-ndjson): one JSON line as it starts, one per batch, one at the end;
// - a browser without JavaScript (text/html): a redirect back to the page, which shows the outcome;
// - any other caller: the summary as JSON once done. Refusals are problem JSON with the form's errors.
export function importReply(request: Request, page: string) {
  const accept = request.headers.get("accept") ?? "";
  const mode = accept.includes("application/x-ndjson") ? "stream" : accept.includes("text/html") ? "page" : "json";
  const backToPage = (query: string) =>
    new Response(null, { status: 303, headers: { location: `${page}?${query}`, "cache-control": "no-store" } });
  const result = (summary: ImportSummary) => ({
    ...countImport(summary),
    message: describeImport(countImport(summary)),
    skipped: summary.skipped,
  });

  return {
    refuse(refusal: ImportRefusal): Response {
      if (mode === "page") return backToPage(noticeQuery(refusal));
      const { field, status } = REFUSALS[refusal.refused];
      const message = refusalMessage(refusal);
      return problem(status === 413 ? "too-large" : status === 400 ? "bad-request" : "invalid-request", message, {
        errors: { [field]: [message] },
      });
    },

    async run(total: number, start: (onProgress: (done: number) => void) => Promise<ImportSummary>): Promise<Response> {
      if (mode === "page") return backToPage(noticeQuery(await start(() => {})));
      if (mode === "json") {
        const summary = await start(() => {});
        return summary.failed
          ? problem("unavailable", describeImport(countImport(summary)), result(summary))
          : Response.json(result(summary), { headers: { "cache-control": "no-store" } });
      }
      // The import goes on to the end even if the page is closed: it is not tied to this stream.
      const encoder = new TextEncoder();
      let open = true;
      let output!: ReadableStreamDefaultController<Uint8Array>;
      const send = (line: object) => {
        if (!open) return;
        try {
          output.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          open = false;
        }
      };
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          output = controller;
        },
        cancel() {
          open = false;
        },
      });
      send({ type: "started", total });
      void start((done) => send({ type: "progress", done, total }))
        .then(
          (summary) => send({ type: summary.failed ? "failed" : "finished", ...result(summary) }),
          () => send({ type: "failed", message: "The import stopped: try again." }),
        )
        .finally(() => {
          if (open) output.close();
          open = false;
        });
      return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
    },
  };
}
