import { z } from "zod";

// Zoho's self_client.json, as its API console downloads it.
export const selfClientFileSchema = z.object({
  client_id: z.string().trim().regex(/^1000\.[A-Za-z0-9]{10,60}$/, "client_id is not a Zoho client id"),
  client_secret: z.string().trim().min(10, "client_secret is missing"),
  code: z.string().trim().optional(),
  grant_type: z.string().optional(),
  scope: z.union([z.array(z.string()), z.string()]).optional().transform((s) => (Array.isArray(s) ? s : (s ?? "").split(/[\s,]+/)).filter(Boolean)),
  expiry_time: z.coerce.number().optional(),
});
