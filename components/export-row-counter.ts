const QUOTE = 34; // "
const NEWLINE = 10; // \n
const RETURN = 13; // \r
const BRACE = 123; // {

/**
 * Counts the events of an audit export as its bytes stream in, so progress and the final toast say what
 * the file holds (events written after the server's X-Total-Count are in it too) without reading the file
 * twice (lib/audit/export-audit-events.ts and lib/grants/export-grants.ts write the formats):
 *  - CSV: a header line, then one record per event; a quoted cell may hold line breaks.
 *  - JSON: "[", then one event per line (JSON.stringify escapes line breaks), then "]".
 * The bytes looked at are ASCII, which never occur inside a multi-byte UTF-8 character.
 */
export function exportRowCounter(format: "csv" | "json") {
  let records = 0;
  let quoted = false;
  let content = false;
  let lineStart = true;
  return {
    push(bytes: Uint8Array) {
      for (const byte of bytes) {
        if (format === "json") {
          if (lineStart && byte === BRACE) records++;
          lineStart = byte === NEWLINE;
        } else if (byte === QUOTE) {
          quoted = !quoted;
          content = true;
        } else if (byte === NEWLINE && !quoted) {
          if (content) records++;
          content = false;
        } else if (byte !== RETURN || quoted) content = true;
      }
    },
    /** Events so far: for CSV the header is not one, and a last record without its line break is. */
    get count() {
      return format === "json" ? records : Math.max(records + (content ? 1 : 0) - 1, 0);
    },
  };
}
