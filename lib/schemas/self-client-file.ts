import { z } from "zod";
import { judgeScope, MAX_SCOPES, parseScopes } from "@/lib/zoho/scope-grammar";
import { ZOHO_CLIENT_ID } from "@/lib/zoho/zoho-ids";

// Zoho's self_client.json, as its API console downloads it.
export const selfClientFileSchema = z.object({
  client_id: z.string().trim().regex(ZOHO_CLIENT_ID, "client_id is not a Zoho client id (digits, a dot, letters or digits)"),
  client_secret: z.string().trim().min(10, "client_secret is missing"),
  code: z.string().trim().optional(),
  grant_type: z.string().optional(),
  scope: z.union([z.array(z.string()), z.string()]).optional()
    .transform((s) => parseScopes(Array.isArray(s) ? s.join(",") : s ?? ""))
    .pipe(z.array(z.string().refine((scope) => judgeScope(scope).kind !== "invalid", "scope holds something that is not a scope")).max(MAX_SCOPES)),
  expiry_time: z.coerce.number().optional(),
});
