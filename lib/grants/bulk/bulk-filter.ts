import { grantListHref, readGrantListFilter, type GrantListFilter } from "@/lib/grants/grant-list-filter";

// A bulk action's selection is the Grants page's filters (from the page's address, and again from the form
// that starts the run), without the list's sort and page: every grant that matches, not one page of them.
export type BulkFilter = Omit<GrantListFilter, "sort" | "after">;

export function bulkFilter(params: Record<string, string | string[] | undefined>): BulkFilter {
  const { sort: _sort, after: _after, ...filter } = readGrantListFilter(params);
  return filter;
}

/** The filter as the form carries it (a query string), read back as leniently as the page reads its address. */
export const bulkFilterQuery = (filter: BulkFilter) => grantListHref("", filter).replace(/^\?/, "");
export const bulkFilterFromQuery = (query: string) => bulkFilter(Object.fromEntries(new URLSearchParams(query.slice(0, 4000))));

const DESCRIBED = new Set(["client", "env", "dc", "status", "user", "scope", "from", "to", "q"]);

/** The filter in words, for the preview, the run page and the audit trail: "client Alpha · production · active". */
export function describeBulkFilter(filter: BulkFilter, clientName?: string | null): string {
  const parts: string[] = [];
  if (filter.client) parts.push(`client ${clientName ?? "(not in this workspace)"}`);
  if (filter.env) parts.push(`${filter.env.toLowerCase()} clients`);
  if (filter.dc) parts.push(`data centre ${filter.dc}`);
  if (filter.status) parts.push(`status ${filter.status.toLowerCase()}`);
  if (filter.user) parts.push(`Zoho user ${filter.user}`);
  if (filter.scope) parts.push(`holds ${filter.scope}`);
  if (filter.from && filter.to) parts.push(`created ${filter.from} to ${filter.to}`);
  else if (filter.from) parts.push(`created on or after ${filter.from}`);
  else if (filter.to) parts.push(`created on or before ${filter.to}`);
  if (filter.q) parts.push(`matching “${filter.q}”`);
  // Filters the Grants page gains later are named by their key until they get words here.
  for (const [key, value] of Object.entries(filter))
    if (!DESCRIBED.has(key) && value !== undefined && value !== "") parts.push(`${key} ${String(value)}`);
  return parts.length ? parts.join(" · ") : "every grant of the workspace (no filter)";
}
