import { z } from "zod";
import { LOCATIONS } from "@/lib/zoho/data-centres";
import { parseScopes } from "@/lib/zoho/build-auth-url";

const SCOPE = /^[A-Za-z][A-Za-z0-9]*\.[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

export const startAuthorizationSchema = z.object({
  clientId: z.string().min(1, "Pick a client"),
  location: z.enum(LOCATIONS as [string, ...string[]], { error: "Pick a data centre" }),
  scopes: z
    .string()
    .transform(parseScopes)
    .pipe(
      z.array(z.string().regex(SCOPE, "Scopes look like Service.scope.OPERATION, e.g. ZohoCRM.modules.ALL"))
        .min(1, "Add at least one scope, e.g. ZohoCRM.modules.ALL")
        .max(50),
    ),
  accessType: z.enum(["online", "offline"]),
  promptConsent: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  orgWide: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  pkce: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  redirectUri: z.string().min(1, "Pick a redirect URI"),
});

// The device flow (Non-browser clients): no redirect URI, no state, no PKCE.
export const startDeviceAuthorizationSchema = startAuthorizationSchema.pick({ clientId: true, location: true, scopes: true, accessType: true, promptConsent: true });
