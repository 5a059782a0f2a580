import { z } from "zod";
import { checkboxList } from "@/lib/forms/checkbox-list";
import { CLIENT_TYPE_RULES, CLIENT_TYPES, type ClientTypeName } from "@/lib/zoho/client-types";
import { locationField } from "@/lib/data-centres/location-field";
import { CLIENT_ID_HINT, ZOHO_CLIENT_ID } from "@/lib/zoho/zoho-ids";
import { validateRedirectUri } from "@/lib/zoho/validate-redirect-uri";
import { scopeListSchema } from "@/lib/zoho/scope-list-field";
import { nulSafeFilters } from "@/lib/without-nul";

export const ENVIRONMENTS = ["DEVELOPMENT", "SANDBOX", "PRODUCTION"] as const;
const PROVIDERS = ["ZOHO", "SANDBOX"] as const;
type Provider = (typeof PROVIDERS)[number];

const location = locationField();
const lines = (text: string) => [
  ...new Set(
    text
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  ),
];

// Fields a client keeps after registration; the type is fixed at registration, as in Zoho.
const editable = z.object({
  name: z.string().trim().min(1, "Name the client, e.g. “CRM sync (prod)”").max(80),
  environment: z.enum(ENVIRONMENTS).default("DEVELOPMENT"),
  homeDc: location,
  enabledDcs: checkboxList.pipe(z.array(location)),
  redirectUris: z.string().default("").transform(lines).pipe(z.array(z.string()).max(20, "At most 20 redirect URIs")),
  defaultScopes: scopeListSchema(),
  notes: z.string().max(2000, "Keep notes under 2,000 characters").default(""),
});

const registration = editable.extend({
  type: z.enum(CLIENT_TYPES, { error: "Pick a client type" }),
  provider: z.enum(PROVIDERS).default("ZOHO"),
  zohoClientId: z.string().trim().regex(ZOHO_CLIENT_ID, CLIENT_ID_HINT),
  clientSecret: z.string().trim().max(200).default(""),
});

type Checked = {
  type: ClientTypeName;
  provider: Provider;
  homeDc: string;
  enabledDcs: string[];
  redirectUris: string[];
  clientSecret?: string;
};

// The rules that depend on the client type (CLIENT_TYPE_RULES) and on where its accounts servers are.
// The same rules for registration (in the schema) and for an edit (in the service, once it knows the
// client's fixed type and provider).
export function typeRuleIssues(value: Checked): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const rules = CLIENT_TYPE_RULES[value.type];
  if (rules.redirectUris === "required" && value.redirectUris.length === 0)
    issues.push({ path: "redirectUris", message: "Add at least one redirect URI" });
  if (rules.redirectUris === "none" && value.redirectUris.length > 0)
    issues.push({ path: "redirectUris", message: `A ${rules.label} has no redirect URI` });
  for (const uri of value.redirectUris) {
    const problem = validateRedirectUri(uri, { allowHttp: value.provider === "SANDBOX", allowCustomScheme: value.type === "MOBILE" });
    if (problem) issues.push({ path: "redirectUris", message: problem });
  }
  if (!rules.multiDc && value.enabledDcs.some((dc) => dc !== value.homeDc))
    issues.push({ path: "enabledDcs", message: `A ${rules.label} has no Multi-DC` });
  if (value.clientSecret !== undefined && rules.secret === "required" && value.clientSecret.length < 10) {
    issues.push({ path: "clientSecret", message: "Paste the client secret from the API console" });
  }
  return issues;
}

// The home DC is not also an "enabled" one.
const withoutHomeDc = <T extends { homeDc: string; enabledDcs: string[] }>(v: T): T => ({
  ...v,
  enabledDcs: v.enabledDcs.filter((dc) => dc !== v.homeDc),
});

export const createClientSchema = registration
  .superRefine((v, ctx) => typeRuleIssues(v).forEach(({ path, message }) => ctx.addIssue({ code: "custom", path: [path], message })))
  .transform(withoutHomeDc);
export type CreateClientInput = z.output<typeof createClientSchema>;

// A bound client id: whatever the page bound (NUL already replaced); a wrong one is "not found" in the service.
const clientId = z.string();

// An edit: the editable fields; the rules of the client's type are checked by updateClient, which knows it.
export const updateClientSchema = editable.extend({ clientId }).transform(withoutHomeDc);
export type UpdateClientInput = z.output<typeof updateClientSchema>;

export const clientRefSchema = z.object({ clientId });
export type ClientRef = z.output<typeof clientRefSchema>;

export const setArchivedSchema = z.object({ clientId, archived: z.enum(["true", "false"]).transform((v) => v === "true") });
export type SetArchivedInput = z.output<typeof setArchivedSchema>;

export const secretSchema = z.object({ clientId, secret: z.string().trim().min(10, "Paste the new secret from the API console").max(200) });
export type SecretInput = z.output<typeof secretSchema>;

export const dcSecretSchema = secretSchema.extend({ location });
export type DcSecretInput = z.output<typeof dcSecretSchema>;

export const removeDcSecretSchema = z.object({ clientId, location: z.string() });
export type RemoveDcSecretInput = z.output<typeof removeDcSecretSchema>;

// An empty password is answered by the service ("Enter your password"), as a field error of its own.
export const revealSecretSchema = z.object({ clientId, password: z.string().default("") });
export type RevealSecretInput = z.output<typeof revealSecretSchema>;

// The list's query string: anything unknown or malformed falls back to "no filter"; a NUL matches nothing.
export const clientFilterSchema = nulSafeFilters(
  z.object({
    q: z.string().trim().max(100).catch(""),
    type: z.enum(CLIENT_TYPES).optional().catch(undefined),
    dc: locationField().optional().catch(undefined),
    env: z.enum(ENVIRONMENTS).optional().catch(undefined),
    archived: z.enum(["active", "archived", "all"]).catch("active"),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
  }),
);
export type ClientFilter = z.infer<typeof clientFilterSchema>;
