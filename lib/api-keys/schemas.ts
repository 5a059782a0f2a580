import { z } from "zod";
import { checkboxList } from "@/lib/forms/checkbox-list";

export const API_KEY_SCOPES = ["all", "grants"] as const;

const isCalendarDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s; // 2026-02-30 is not a day
};

// "YYYY-MM-DD" from <input type="date">: the key stops working at 00:00 UTC on that day.
const expiresOn = z
  .string()
  .trim()
  .default("")
  .refine(
    (s) => s === "" || (/^\d{4}-\d{2}-\d{2}$/.test(s) && isCalendarDate(s)),
    "Pick a date, or leave it empty for a key that does not expire",
  )
  .transform((s) => (s ? new Date(`${s}T00:00:00Z`) : null))
  .refine((d) => d === null || d.getTime() > Date.now(), "Pick a date in the future");

// The create form, its action and its tests share this one shape. Grant ids are checked against
// the workspace by the service (create-api-key.ts): the schema only knows their shape.
export const apiKeySchema = z
  .object({
    name: z.string().trim().min(1, "Name the key after what uses it, e.g. “CRM sync worker”").max(60, "Keep the name under 60 characters"),
    scope: z.enum(API_KEY_SCOPES, { error: "Pick what the key may use" }).default("all"),
    grantIds: checkboxList.pipe(z.array(z.string().max(64)).max(500, "At most 500 grants; use “all grants” instead")),
    expiresOn,
  })
  .superRefine((value, ctx) => {
    if (value.scope === "grants" && value.grantIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["grantIds"], message: "Pick at least one grant, or allow all grants" });
  })
  .transform(({ name, scope, grantIds, expiresOn }) => ({ name, grantIds: scope === "all" ? [] : grantIds, expiresAt: expiresOn }));

export type ApiKeyInput = z.infer<typeof apiKeySchema>;

// The revoke button's bound key id: any string, since a miss (another workspace's key, a NUL) is "already revoked".
export const apiKeyRefSchema = z.object({ keyId: z.string() });
export type ApiKeyRef = z.output<typeof apiKeyRefSchema>;
