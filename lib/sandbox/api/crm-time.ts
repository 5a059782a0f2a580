// CRM's date-time format: ISO 8601 with an offset and no milliseconds, e.g. 2026-01-15T09:30:00+00:00
// (Created_Time in Get Records, https://www.zoho.com/crm/developer/docs/api/v8/get-records.html).
export const crmTime = (date: Date) => `${date.toISOString().slice(0, 19)}+00:00`;
