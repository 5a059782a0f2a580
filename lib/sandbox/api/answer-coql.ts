import "server-only";
import { API_BODY_LIMIT_BYTES } from "../zoho-endpoint-limits";
import { allLeads } from "./answer-leads";
import { crmError } from "./crm-errors";
import { hasScope } from "./has-scope";
import { leadField, pickFields } from "./lead-fields";
import { matchesLike, parseCoql } from "./parse-coql";
import { readJsonBody } from "./read-json-body";
import type { ApiToken } from "./read-api-token";

// POST crm/v{n}/coql {"select_query": "…"} — Zoho CRM's Query API over the sandbox's Leads (parse-coql.ts has
// the subset). Answer: {"data":[{selected fields, id}], "info":{"count", "more_records"}}; nothing matched: 204.
// Records in ascending id order unless the query orders them (COQL Overview: "By default, the system sorts the
// records in ascending order based on the record ID"). The module's own read scope is needed besides
// ZohoCRM.coql.READ ("User must have the scopes required to access the base module", COQL-Limitations v8).
export const LEADS_READ = ["ZohoCRM.modules.ALL", "ZohoCRM.modules.READ", "ZohoCRM.modules.leads.ALL", "ZohoCRM.modules.leads.READ"];

export async function answerCoql(request: Request, token: ApiToken): Promise<Response> {
  const body = await readJsonBody(request, API_BODY_LIMIT_BYTES);
  if (body === "too-large") return crmError("LIMIT_EXCEEDED", { limit: API_BODY_LIMIT_BYTES });
  if (body === "invalid" || typeof body.value !== "object" || body.value === null || Array.isArray(body.value))
    return crmError("INVALID_DATA", { expected_data_type: "jsonobject" });
  const raw = (body.value as { select_query?: unknown }).select_query;
  if (raw === undefined || raw === null || raw === "") return crmError("REQUIRED_PARAM_MISSING", { param: "select_query" });
  if (typeof raw !== "string") return crmError("INVALID_DATA", { api_name: "select_query", expected_data_type: "text" });
  const query = parseCoql(raw);
  if ("code" in query) return crmError(query.code, query.details);
  if (query.module.toLowerCase() !== "leads")
    return crmError("INVALID_QUERY", { reason: "invalid module given", module: query.module.slice(0, 50) });
  const unknown = [...query.fields, ...(query.where ? [query.where.field] : [])].find((f) => !leadField(f));
  if (unknown) return crmError("INVALID_QUERY", { column_name: unknown.slice(0, 50), reason: "column given seems to be invalid" });
  if (!hasScope(token.scopes, LEADS_READ)) return crmError("OAUTH_SCOPE_MISMATCH");

  const where = query.where;
  const field = where ? leadField(where.field)! : "";
  const matching = (await allLeads(token)).reverse().filter((lead) => {
    if (!where) return true;
    const value = lead[field];
    const text = typeof value === "object" && value !== null ? String((value as { name?: unknown }).name ?? "") : String(value ?? "");
    return where.op === "=" ? text.toLowerCase() === where.value.toLowerCase() : matchesLike(text, where.value);
  });
  const page = matching.slice(query.offset, query.offset + query.limit);
  if (!page.length) return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
  return Response.json(
    {
      data: page.map((lead) => pickFields(lead, query.fields)),
      info: { count: page.length, more_records: query.offset + page.length < matching.length },
    },
    { headers: { "cache-control": "no-store" } },
  );
}
