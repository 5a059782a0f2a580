import { crmErrorBody } from "./crm-errors";
import { MAX_TEXT, WRITABLE_LEAD_FIELDS } from "./lead-fields";

// POST crm/v{n}/Leads: {"data":[{…}, …]} — at most 100 records per call (Insert Records,
// https://www.zoho.com/crm/developer/docs/api/v8/insert-records.html; Kaizen #203: "you can pass up to 100 records
// in one API call"). Each record is checked on its own, as CRM answers per record: Last_Name is mandatory
// (MANDATORY_NOT_FOUND with api_name and json_path), text fields are strings of at most 255 characters without
// NUL (INVALID_DATA, expected_data_type "text"). Fields the sandbox does not know are ignored.
export const MAX_RECORDS = 100;

export type NewLead = Partial<Record<(typeof WRITABLE_LEAD_FIELDS)[number], string>> & { Last_Name: string };
export type ReadRecord = { ok: true; lead: NewLead } | { ok: false; error: ReturnType<typeof crmErrorBody> };
export type ReadBody = { ok: true; records: ReadRecord[] } | { ok: false; error: Parameters<typeof crmErrorBody> };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function readNewLeads(body: unknown): ReadBody {
  if (!isObject(body)) return { ok: false, error: ["INVALID_DATA", { expected_data_type: "jsonobject" }] };
  const data = body.data;
  if (data === undefined || data === null) return { ok: false, error: ["REQUIRED_PARAM_MISSING", { param: "data" }] };
  if (!Array.isArray(data) || data.length === 0)
    return { ok: false, error: ["INVALID_DATA", { api_name: "data", expected_data_type: "jsonarray" }] };
  if (data.length > MAX_RECORDS) return { ok: false, error: ["LIMIT_EXCEEDED", { api_name: "data", limit: MAX_RECORDS }] };
  return { ok: true, records: data.map((record, i) => readRecord(record, i)) };
}

function readRecord(record: unknown, index: number): ReadRecord {
  const path = `$.data[${index}]`;
  if (!isObject(record)) return { ok: false, error: crmErrorBody("INVALID_DATA", { expected_data_type: "jsonobject", json_path: path }) };
  const lead: Record<string, string> = {};
  for (const field of WRITABLE_LEAD_FIELDS) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string" || value.length > MAX_TEXT || value.includes("\u0000"))
      return {
        ok: false,
        error: crmErrorBody("INVALID_DATA", { api_name: field, json_path: `${path}.${field}`, expected_data_type: "text" }),
      };
    lead[field] = value;
  }
  if (!lead.Last_Name?.trim())
    return { ok: false, error: crmErrorBody("MANDATORY_NOT_FOUND", { api_name: "Last_Name", json_path: `${path}.Last_Name` }) };
  return { ok: true, lead: lead as NewLead };
}
