// An event's data as one readable line: "name: Billing · scopes: ZohoCRM.modules.ALL".
export function summariseAuditData(data: unknown): string {
  if (!data || typeof data !== "object") return "";
  return Object.entries(data as Record<string, unknown>)
    .filter(([, v]) => v !== null && v !== undefined && v !== "")
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(" ") : typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join(" · ");
}
