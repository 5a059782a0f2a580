import { z } from "zod";
import { CLIENT_TYPE_RULES, CLIENT_TYPES } from "@/lib/zoho/client-types";
import { locationField } from "@/lib/data-centres/location-field";
import { CLIENT_ID_HINT, ZOHO_CLIENT_ID } from "@/lib/zoho/zoho-ids";
import { validateRedirectUri } from "@/lib/zoho/validate-redirect-uri";
import { scopeListSchema } from "./scope-list";

export const ENVIRONMENTS = ["DEVELOPMENT", "SANDBOX", "PRODUCTION"] as const;

const location = locationField();
const lines = (text: string) => [...new Set(text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))];
// Checkbox groups arrive as one comma-joined string (see formObject).
const list = z.string().default("").transform((t) => [...new Set(t.split(",").map((s) => s.trim()).filter(Boolean))]);

// Fields a client keeps after registration; the type is fixed at registration, as in Zoho.
const editable = z.object({
  name: z.string().trim().min(1, "Name the client, e.g. “CRM sync (prod)”").max(80),
  environment: z.enum(ENVIRONMENTS).default("DEVELOPMENT"),
  homeDc: location,
  enabledDcs: list.pipe(z.array(location)),
  redirectUris: z.string().default("").transform(lines).pipe(z.array(z.string()).max(20, "At most 20 redirect URIs")),
  defaultScopes: scopeListSchema(),
  notes: z.string().max(2000, "Keep notes under 2,000 characters").default(""),
});

const registration = editable.extend({
  type: z.enum(CLIENT_TYPES, { error: "Pick a client type" }),
  provider: z.enum(["ZOHO", "SANDBOX"]).default("ZOHO"),
  zohoClientId: z.string().trim().regex(ZOHO_CLIENT_ID, CLIENT_ID_HINT),
  clientSecret: z.string().trim().max(200).default(""),
});

type Checked = { type: (typeof CLIENT_TYPES)[number]; provider: "ZOHO" | "SANDBOX"; homeDc: string; enabledDcs: string[]; redirectUris: string[]; clientSecret?: string };

// The rules that depend on the client type (CLIENT_TYPE_RULES) and on where its accounts servers are.
function checkTypeRules(value: Checked, ctx: z.RefinementCtx) {
  const rules = CLIENT_TYPE_RULES[value.type];
  if (rules.redirectUris === "required" && value.redirectUris.length === 0) ctx.addIssue({ code: "custom", path: ["redirectUris"], message: "Add at least one redirect URI" });
  if (rules.redirectUris === "none" && value.redirectUris.length > 0) ctx.addIssue({ code: "custom", path: ["redirectUris"], message: `A ${rules.label} has no redirect URI` });
  for (const uri of value.redirectUris) {
    const problem = validateRedirectUri(uri, { allowHttp: value.provider === "SANDBOX", allowCustomScheme: value.type === "MOBILE" });
    if (problem) ctx.addIssue({ code: "custom", path: ["redirectUris"], message: problem });
  }
  if (!rules.multiDc && value.enabledDcs.some((dc) => dc !== value.homeDc)) ctx.addIssue({ code: "custom", path: ["enabledDcs"], message: `A ${rules.label} has no Multi-DC` });
  if (value.clientSecret !== undefined && rules.secret === "required" && value.clientSecret.length < 10) {
    ctx.addIssue({ code: "custom", path: ["clientSecret"], message: "Paste the client secret from the API console" });
  }
}

export const createClientSchema = registration
  .superRefine(checkTypeRules)
  .transform((v) => ({ ...v, enabledDcs: v.enabledDcs.filter((dc) => dc !== v.homeDc) }));

export const updateClientSchema = (fixed: { type: Checked["type"]; provider: Checked["provider"] }) =>
  editable
    .superRefine((v, ctx) => checkTypeRules({ ...v, ...fixed }, ctx))
    .transform((v) => ({ ...v, enabledDcs: v.enabledDcs.filter((dc) => dc !== v.homeDc) }));

export const secretSchema = z.object({ secret: z.string().trim().min(10, "Paste the new secret from the API console").max(200) });
export const dcSecretSchema = secretSchema.extend({ location });

export type CreateClientInput = z.infer<typeof createClientSchema>;
