import "server-only";
import { API_BODY_LIMIT_BYTES } from "../zoho-endpoint-limits";
import { crmError } from "./crm-errors";
import { crmOwner } from "./crm-records";
import { crmTime } from "./crm-time";
import { pickFields } from "./lead-fields";
import { readJsonBody } from "./read-json-body";
import { readListParams } from "./read-list-params";
import { readNewLeads } from "./read-new-leads";
import type { ApiToken } from "./read-api-token";
import { ownerDigits, ownerRef, seededLeads, type Lead } from "./seeded-leads";
import { storedLeads, storeLeads } from "./store-crm-records";

// Zoho CRM's Leads: list (GET crm/v{n}/Leads), one (GET crm/v{n}/Leads/{id}), create (POST crm/v{n}/Leads).
// Shapes: zoho/zohocrm-nodejs-sdk-8.0 lib/config/json_details.json — record/response_wrapper {data, info},
// record/info {per_page, count, page, sort_by, sort_order, more_records, next_page_token, previous_page_token,
// page_token_expiry}, record/action_wrapper {data:[record/success_response {code:"SUCCESS", details:{id,
// Created_Time, Created_By, Modified_Time, Modified_By}, message, status}]}. Nothing to list, or no such record:
// HTTP 204 with no body (Get Records: "NO_CONTENT"). Default order: id, descending (Kaizen #29,
// https://help.zoho.com/portal/en/community/topic/kaizen-29-parameters-in-zoho-crm-apis).
const noContent = () => new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
const json = (body: object, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/** Everything the token's owner has in Leads: what they created (newest first) and the generated ones. */
export async function allLeads(token: ApiToken): Promise<Lead[]> {
  const owner = crmOwner(token.userId, token.location);
  const leads = [...(await storedLeads(token)), ...seededLeads(owner)];
  return leads.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

export async function listLeads(request: Request, token: ApiToken, version: string): Promise<Response> {
  const params = readListParams(new URL(request.url).searchParams, version);
  if ("code" in params) return crmError(params.code, params.details);
  const leads = await allLeads(token);
  const start = (params.page - 1) * params.perPage;
  const page = leads.slice(start, start + params.perPage);
  if (!page.length) return noContent();
  return json({
    data: page.map((lead) => pickFields(lead, params.fields)),
    info: {
      per_page: params.perPage,
      next_page_token: null,
      count: page.length,
      sort_by: "id",
      page: params.page,
      previous_page_token: null,
      page_token_expiry: null,
      sort_order: "desc",
      more_records: start + page.length < leads.length,
    },
  });
}

export async function getLead(request: Request, token: ApiToken, id: string): Promise<Response> {
  const lead = (await allLeads(token)).find((l) => l.id === id);
  if (!lead) return noContent();
  const fields = new URL(request.url).searchParams.get("fields");
  return json({ data: [pickFields(lead, fields ? fields.split(",").map((f) => f.trim()) : null)] });
}

// Record ids after the generated ones: the owner's 6 digits, then (milliseconds since 2026) × 100 + the record's
// place in the request (13 digits), so a newer record has a greater id, as CRM's do.
const EPOCH = Date.UTC(2026, 0, 1);

export async function createLeads(request: Request, token: ApiToken): Promise<Response> {
  const body = await readJsonBody(request, API_BODY_LIMIT_BYTES);
  if (body === "too-large") return crmError("LIMIT_EXCEEDED", { limit: API_BODY_LIMIT_BYTES });
  if (body === "invalid") return crmError("INVALID_DATA", { expected_data_type: "jsonobject" });
  const read = readNewLeads(body.value);
  if (!read.ok) return crmError(...read.error);
  const owner = crmOwner(token.userId, token.location);
  const by = ownerRef(owner);
  for (let attempt = 0; ; attempt++) {
    const now = new Date();
    const base = ((now.getTime() - EPOCH + attempt) * 100) % 1e13;
    const created: Lead[] = [];
    const answers = read.records.map((record, i) => {
      if (!record.ok) return record.error;
      const id = `${ownerDigits(owner)}${String(base + i).padStart(13, "0")}`;
      const { First_Name, Last_Name } = record.lead;
      const time = crmTime(now);
      const lead: Lead = { id, ...record.lead, Full_Name: [First_Name, Last_Name].filter(Boolean).join(" "), Owner: by };
      Object.assign(lead, { Created_By: by, Modified_By: by, Created_Time: time, Modified_Time: time });
      created.push(lead);
      return {
        code: "SUCCESS",
        details: {
          Modified_Time: time,
          Modified_By: { name: by.name, id: by.id },
          Created_Time: time,
          id,
          Created_By: { name: by.name, id: by.id },
        },
        message: "record added",
        status: "success",
      };
    });
    try {
      if (created.length) await storeLeads(token, created);
    } catch (error) {
      // Two requests in the same milliseconds: new ids, at most twice more.
      if (attempt < 2 && (error as { code?: string }).code === "P2002") continue;
      throw error;
    }
    // All created: 201; some: 207 (multi-status); none: 400, each record's error in `data`.
    const status = created.length === answers.length ? 201 : created.length ? 207 : 400;
    return json({ data: answers }, status);
  }
}
