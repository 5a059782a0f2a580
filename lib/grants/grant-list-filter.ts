import { z } from "zod";

// The Grants page's filters, read from its address (so a filtered list is a link, and Back works). Lenient
// by design: a filter that does not parse (a typo, a NUL, 10 KB of junk, an impossible date) is dropped and
// the page says which filters it applied — an address never answers an error.
export const GRANT_SORTS = { newest: "Newest first", oldest: "Oldest first", used: "Last used", client: "Client name" } as const;
export type GrantSort = keyof typeof GRANT_SORTS;
export const GRANT_PAGE_SIZE = 50;
/**
 * The total is counted exactly up to this many matches; past it the page says "more than 1,000" and
 * counts every match only when asked (`count=all`). An exact count reads every match, and a capped one
 * reads until it has the cap: at 100,000 grants a cap of 10,000 cost the stale view 57–97 ms on PostgreSQL,
 * more than the page itself. GitLab's merge request list stops at "999+" for the same reason
 * (gitlab.com/gitlab-org/gitlab/-/merge_requests/216850).
 */
export const GRANT_COUNT_CAP = 1_000;
/** The export (lib/grants/export-grants.ts) reads and renders the filtered grants this many at a time. */
export const GRANT_EXPORT_BATCH = 5_000;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\u0000-\u001f\u007f]*$/);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  // A real day: Date.parse takes 2026-02-30 for 2 March, so the day must survive the round trip.
  .refine((d) => new Date(Date.parse(`${d}T00:00:00Z`) || 0).toISOString().slice(0, 10) === d);

const FIELDS = {
  q: text(100),
  client: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  env: z.enum(["PRODUCTION", "SANDBOX", "DEVELOPMENT"]),
  dc: z.string().regex(/^[a-z]{2,8}$/),
  status: z.enum(["ACTIVE", "REVOKED", "INVALID"]),
  user: text(254),
  scope: text(200),
  from: day,
  to: day,
  // Last use (lib/grants/record-grant-use.ts): used on or after a day; idle since a day (neither used nor
  // created since: a grant made yesterday and never used is not idle yet); idle for N days (the stale view).
  usedFrom: day,
  idleSince: day,
  idle: z.coerce.number().int().min(1).max(3650),
  creator: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  kind: z.enum(["org", "user"]),
  sort: z.enum(Object.keys(GRANT_SORTS) as [GrantSort, ...GrantSort[]]),
  after: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  count: z.enum(["all"]),
};
export type GrantListFilter = { [K in keyof typeof FIELDS]?: z.output<(typeof FIELDS)[K]> };

/** The filters an address carries, each kept only when it parses; the first value of a repeated one. */
export function readGrantListFilter(params: Record<string, string | string[] | undefined>): GrantListFilter {
  const filter: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(FIELDS)) {
    const raw = params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === "") continue;
    const parsed = schema.safeParse(name === "env" || name === "status" ? value.toUpperCase() : value);
    if (parsed.success) filter[name] = parsed.data;
  }
  return filter as GrantListFilter;
}

/** The address of the list with these filters (empty ones left out), e.g. for the next page. */
export function grantListHref(base: string, filter: GrantListFilter): string {
  const search = new URLSearchParams(
    Object.entries(filter).flatMap(([k, v]) =>
      v === undefined || v === "" ? [] : [[k, k === "env" || k === "status" ? String(v).toLowerCase() : String(v)]],
    ),
  ).toString();
  return search ? `${base}?${search}` : base;
}
