import type { Lead } from "./seeded-leads";

// The Leads fields the sandbox knows, by API name (Zoho CRM's standard Leads layout). `Last_Name` is the
// module's one mandatory field; text fields hold at most 255 characters (Zoho CRM's single-line limit).
// Lookups and system fields are set by the sandbox, never by a request.
export const WRITABLE_LEAD_FIELDS = [
  "First_Name",
  "Last_Name",
  "Email",
  "Company",
  "Phone",
  "Mobile",
  "Designation",
  "Lead_Status",
  "Lead_Source",
  "Industry",
  "City",
  "Country",
  "Website",
] as const;
export const LEAD_FIELDS: readonly string[] = [
  "id",
  ...WRITABLE_LEAD_FIELDS,
  "Full_Name",
  "Owner",
  "Created_By",
  "Modified_By",
  "Created_Time",
  "Modified_Time",
];
export const MAX_TEXT = 255;

const known = new Set(LEAD_FIELDS.map((f) => f.toLowerCase()));
/** The field's API name as the sandbox spells it, matched case-insensitively; undefined when unknown. */
export const leadField = (name: string) =>
  known.has(name.toLowerCase()) ? LEAD_FIELDS.find((f) => f.toLowerCase() === name.toLowerCase()) : undefined;

/** A record with only the asked fields, and always its id (as CRM answers `fields=`). Unknown names are left out. */
export function pickFields(lead: Lead, fields: readonly string[] | null): Record<string, unknown> {
  if (!fields) return lead;
  const out: Record<string, unknown> = {};
  for (const name of fields) {
    const field = leadField(name);
    if (field) out[field] = lead[field] ?? null;
  }
  out.id = lead.id;
  return out;
}
