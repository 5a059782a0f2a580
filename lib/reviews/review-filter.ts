import { readGrantListFilter, type GrantListFilter } from "@/lib/grants/grant-list-filter";

// A review's selection is the Grants page's filters (sort and page do not change what is selected), kept
// as the parsed filter: what the review covers is exactly what readGrantListFilter understood.
export function reviewFilter(params: Record<string, string | string[] | undefined>): GrantListFilter {
  const { sort: _sort, after: _after, ...filter } = readGrantListFilter(params);
  return filter;
}

export function reviewFilterFromQuery(query: string): GrantListFilter {
  return reviewFilter(Object.fromEntries(new URLSearchParams(query)));
}

/** The filter as stored (JSON): only known keys survive, through the same lenient reader. */
export function storedReviewFilter(json: unknown): GrantListFilter {
  if (!json || typeof json !== "object" || Array.isArray(json)) return {};
  // Numbers too: a filter such as "idle for N days" parses to a number.
  const text = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
  return reviewFilter(Object.fromEntries(Object.entries(json).map(([k, v]) => [k, text(v)])));
}

const NAMES: Record<string, string> = {
  q: "search",
  client: "client",
  env: "environment",
  dc: "data centre",
  status: "status",
  user: "Zoho user",
  scope: "holds scope",
  from: "created from",
  to: "created until",
};

/** "environment production · status active", with client ids replaced by names when known; "all grants" when empty. */
export function describeReviewFilter(filter: GrantListFilter, clientNames: Map<string, string> = new Map()): string {
  // In the Grants page's order, whatever order the address gave; a filter this list does not name yet by its key.
  const keys = [
    ...Object.keys(NAMES),
    ...Object.keys(filter)
      .filter((k) => !(k in NAMES))
      .sort(),
  ];
  const parts = keys.flatMap((k) => {
    const v = (filter as Record<string, unknown>)[k];
    if (v === undefined || v === "") return [];
    const value = k === "client" ? (clientNames.get(String(v)) ?? "a deleted client") : String(v);
    return [`${NAMES[k] ?? k} ${k === "env" || k === "status" ? value.toLowerCase() : value}`];
  });
  return parts.length ? parts.join(" · ") : "all grants";
}
