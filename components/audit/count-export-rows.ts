/**
 * How many events an audit export file holds, read from the file itself (not the count the server
 * announced before streaming): JSON is an array of events; CSV is a header line and one record per
 * event, where a quoted cell may itself hold line breaks (lib/audit/export-audit-events.ts).
 */
export function countExportRows(text: string, format: "csv" | "json"): number {
  if (format === "json") {
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed.length : 0;
    } catch {
      return 0;
    }
  }
  let records = 0;
  let quoted = false;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === "\n" && !quoted) {
      if (content) records++;
      content = false;
      continue;
    } else if (ch === "\r" && !quoted) continue;
    content = true;
  }
  if (content) records++;
  return Math.max(records - 1, 0);
}
