import { grantListHref, readGrantListFilter, type GrantListFilter } from "./grant-list-filter";

// What the export, bulk actions and access reviews act on: the Grants page's filters without its sort,
// page and way of counting — every grant that matches, not one page of them. Read as leniently as the page reads its address.
export type GrantSelection = Omit<GrantListFilter, "sort" | "after" | "count">;

export function readGrantSelection(params: Record<string, string | string[] | undefined>): GrantSelection {
  const { sort: _sort, after: _after, count: _count, ...selection } = readGrantListFilter(params);
  return selection;
}

/** As a form's hidden field carries it (a query string), and back. */
export const grantSelectionQuery = (selection: GrantSelection) => grantListHref("", selection).replace(/^\?/, "");
export const grantSelectionFromQuery = (query: string) => readGrantSelection(Object.fromEntries(new URLSearchParams(query.slice(0, 4000))));

/** A selection kept as JSON (a review's, a bulk run's): only what still parses survives. */
export function storedGrantSelection(json: unknown): GrantSelection {
  if (!json || typeof json !== "object" || Array.isArray(json)) return {};
  // Numbers too: "idle for N days" parses to a number.
  const text = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : undefined);
  return readGrantSelection(Object.fromEntries(Object.entries(json).map(([k, v]) => [k, text(v)])));
}

type Names = { client?: string | null; creator?: string | null };
// Every filter has words (the type makes a new filter add its own), in the Grants page's order.
const WORDS: { [K in keyof Required<GrantSelection>]: (value: NonNullable<GrantSelection[K]>, names: Names) => string } = {
  q: (q) => `matching “${q}”`,
  client: (_, names) => `client ${names.client ?? "(not in this workspace)"}`,
  env: (env) => `${env.toLowerCase()} clients`,
  dc: (dc) => `data centre ${dc}`,
  status: (status) => `status ${status.toLowerCase()}`,
  user: (user) => `Zoho user ${user}`,
  scope: (scope) => `holds ${scope}`,
  kind: (kind) => (kind === "org" ? "org-wide" : "personal"),
  creator: (_, names) => `created by ${names.creator ?? "a former member"}`,
  from: (day) => `created on or after ${day}`,
  to: (day) => `created on or before ${day}`,
  usedFrom: (day) => `used since ${day}`,
  idleSince: (day) => `not used since ${day}`,
  idle: (days) => `idle for ${days} days`,
};

/** The selection in words, for previews, run pages, reports and the audit trail: "client Alpha · production clients · status active". */
export function describeGrantSelection(selection: GrantSelection, names: Names = {}): string {
  const parts = (Object.keys(WORDS) as (keyof GrantSelection)[]).flatMap((key) => {
    const value = selection[key];
    return value === undefined || value === "" ? [] : [(WORDS[key] as (v: unknown, n: Names) => string)(value, names)];
  });
  return parts.length ? parts.join(" · ") : "every grant of the workspace (no filter)";
}
