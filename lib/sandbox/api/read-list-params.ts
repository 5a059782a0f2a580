import type { CrmDetails, CrmErrorCode } from "./crm-errors";

// The paging parameters of Zoho CRM's Get Records (https://www.zoho.com/crm/developer/docs/api/v8/get-records.html):
// `fields` — mandatory when listing, from v3 on (the v2/v2.1 pages call it optional), at most 50 API names;
// `page` — positive integer, default 1; `per_page` — default and maximum 200. Page-number paging reaches the
// first 2,000 records only; past that Zoho wants `page_token` (DISCRETE_PAGINATION_LIMIT_EXCEEDED), which the
// sandbox never needs: a sandbox user has at most a few hundred Leads.
export const MAX_PER_PAGE = 200;
export const DISCRETE_LIMIT = 2000;
const MAX_FIELDS = 50;

export type ListParams = { fields: string[] | null; page: number; perPage: number };
type Refused = { code: CrmErrorCode; details: CrmDetails };

const positive = (raw: string | null, fallback: number): number | null => {
  if (raw === null) return fallback;
  if (!/^[0-9]{1,9}$/.test(raw)) return /^[0-9]+$/.test(raw) ? Number.MAX_SAFE_INTEGER : null;
  const n = Number(raw);
  return n >= 1 ? n : null;
};

export function readListParams(query: URLSearchParams, version: string): ListParams | Refused {
  const rawFields = query.get("fields");
  const fieldsRequired = !["v2", "v2.1"].includes(version);
  const fields =
    rawFields === null
      ? null
      : rawFields
          .split(",")
          .map((f) => f.trim())
          .filter(Boolean);
  if (fieldsRequired && !fields?.length) return { code: "REQUIRED_PARAM_MISSING", details: { param: "fields" } };
  if (fields && fields.length > MAX_FIELDS) return { code: "LIMIT_EXCEEDED", details: { param: "fields", limit: MAX_FIELDS } };
  if (query.has("page_token")) return { code: "INVALID_DATA", details: { param_name: "page_token" } };
  const page = positive(query.get("page"), 1);
  if (page === null) return { code: "INVALID_DATA", details: { param_name: "page", expected_data_type: "integer" } };
  const perPage = positive(query.get("per_page"), MAX_PER_PAGE);
  if (perPage === null || perPage > MAX_PER_PAGE)
    return { code: "INVALID_DATA", details: { param_name: "per_page", expected_data_type: "integer" } };
  if (page > DISCRETE_LIMIT || page * perPage > DISCRETE_LIMIT)
    return { code: "DISCRETE_PAGINATION_LIMIT_EXCEEDED", details: { limit: DISCRETE_LIMIT } };
  return { fields: fields?.length ? fields : null, page, perPage };
}
