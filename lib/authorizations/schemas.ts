import { z } from "zod";
import { locationField } from "@/lib/data-centres/location-field";
import { scopeListSchema } from "@/lib/zoho/scope-list-field";
import { ZOHO_CLIENT_ID, ZOHO_GRANT_CODE } from "@/lib/zoho/zoho-ids";

// The authorization domain's form shapes: the builder (redirect and device flows), its presets, and a
// Self Client's ways to a grant (a pasted code, client_credentials, self_client.json).

const checkbox = z.preprocess((v) => v === "on" || v === "true", z.boolean());

export const startAuthorizationSchema = z.object({
  clientId: z.string().min(1, "Pick a client"),
  location: locationField(),
  scopes: scopeListSchema({ min: 1 }),
  accessType: z.enum(["online", "offline"]),
  promptConsent: checkbox,
  orgWide: checkbox,
  pkce: checkbox,
  redirectUri: z.string().min(1, "Pick a redirect URI"),
});
export type StartAuthorizationInput = z.output<typeof startAuthorizationSchema>;

// The device flow (Non-browser clients): no redirect URI, no state, no PKCE.
export const startDeviceAuthorizationSchema = startAuthorizationSchema.pick({
  clientId: true,
  location: true,
  scopes: true,
  accessType: true,
  promptConsent: true,
});
export type StartDeviceAuthorizationInput = z.output<typeof startDeviceAuthorizationSchema>;

// A builder preset: everything the builder needs to reproduce a URL, but never a state or secret.
export const presetSettingsSchema = z.object({
  location: z.string().max(4),
  scopes: z.array(z.string().max(100)).max(50),
  accessType: z.enum(["online", "offline"]),
  promptConsent: z.boolean(),
  orgWide: z.boolean(),
  pkce: z.boolean(),
  redirectUri: z.string().max(500),
  customState: z.string().max(200),
});

export const savePresetSchema = z.object({
  clientId: z.string().min(1),
  name: z.string().trim().min(1, "Name the preset").max(60),
  settings: z
    .string()
    .transform((s, ctx) => {
      try {
        return JSON.parse(s);
      } catch {
        ctx.addIssue({ code: "custom", message: "Settings are not JSON" });
        return z.NEVER;
      }
    })
    .pipe(presetSettingsSchema),
});
export type SavePresetInput = z.output<typeof savePresetSchema>;

const selfClientTarget = z.object({ clientId: z.string().min(1, "Pick a Self Client"), location: locationField() });
export type SelfClientTarget = z.output<typeof selfClientTarget>;

export const selfCodeSchema = selfClientTarget.extend({
  code: z.string().trim().regex(ZOHO_GRANT_CODE, "Paste the whole code from the API console (e.g. 1000.…)"),
});
export type SelfCodeInput = z.output<typeof selfCodeSchema>;

// soid is "required based on the Zoho app" (Zoho Accounts, Self Client – client credentials flow,
// https://www.zoho.com/accounts/protocol/oauth/self-client/client-credentials-flow.html): only apps
// with several organizations or portals need it, and Zoho says so with missing_org_info.
export const orgGrantSchema = selfClientTarget.extend({
  scopes: scopeListSchema({ min: 1, minMessage: "Add the scopes" }),
  soid: z
    .string()
    .trim()
    .max(120)
    .regex(/^([A-Za-z]+\.\d+)?$/, "soid is Service.orgId, e.g. ZohoCRM.10234695")
    .transform((s) => s || undefined),
});
export type OrgGrantInput = z.output<typeof orgGrantSchema>;

// The import form's fields besides the file itself.
export const importSelfClientOptionsSchema = z.object({
  name: z.string().trim().min(1, "Name the Self Client").max(80),
  location: locationField(),
  sandbox: z.string().optional(),
});

// Zoho's self_client.json, as its API console downloads it.
export const selfClientFileSchema = z.object({
  client_id: z.string().trim().regex(ZOHO_CLIENT_ID, "client_id is not a Zoho client id (digits, a dot, letters or digits)"),
  client_secret: z.string().trim().min(10, "client_secret is missing"),
  code: z.string().trim().optional(),
  grant_type: z.string().optional(),
  // A list or a string; either way judged by the one scope grammar, as the forms' scope lists are.
  scope: z
    .union([z.array(z.string()), z.string()])
    .optional()
    .transform((s): string | undefined => (Array.isArray(s) ? s.join(",") : s))
    .pipe(scopeListSchema()),
  expiry_time: z.coerce.number().optional(),
});
export type SelfClientFile = z.output<typeof selfClientFileSchema>;
