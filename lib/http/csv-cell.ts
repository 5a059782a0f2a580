/**
 * One CSV cell: dates as ISO, objects as JSON, quoted when needed. A leading = + - @ (or tab, CR) is
 * defused with a quote mark so a spreadsheet does not run the cell as a formula (OWASP CSV injection).
 */
export function csvCell(v: unknown): string {
  const s = v == null ? "" : typeof v === "string" ? v : v instanceof Date ? v.toISOString() : JSON.stringify(v);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
