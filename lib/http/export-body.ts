import { ReadableStream as NodeReadableStream } from "node:stream/web";

export type ExportFormat = "csv" | "json";

/** Between two rows of a part: a line each, so a reader can count lines for progress (components/export-link.tsx). */
export const ROW_SEPARATOR = { csv: "\n", json: ",\n" } as const;

/**
 * An export's body: CSV (the header line, then a row a line) or JSON (an array, an object a line), from
 * `parts` of rows already rendered and joined by ROW_SEPARATOR. Read on demand (ReadableStream.from pulls
 * the next part when the reader wants more): a slow reader holds the export back instead of filling memory,
 * and a reader that goes away ends `parts`.
 */
export function exportBody(format: ExportFormat, csvHeader: string, parts: AsyncIterable<string>) {
  const encoder = new TextEncoder();
  async function* framed() {
    yield encoder.encode(format === "csv" ? `${csvHeader}\n` : "[\n");
    let first = true;
    for await (const part of parts) {
      yield encoder.encode(format === "csv" ? `${part}\n` : `${first ? "" : ROW_SEPARATOR.json}${part}`);
      first = false;
    }
    if (format === "json") yield encoder.encode("\n]\n");
  }
  // The same class as the global ReadableStream; only its typings (node's, the DOM's) differ.
  return NodeReadableStream.from(framed()) as unknown as ReadableStream<Uint8Array>;
}
