import { z } from "zod";
import { locationField } from "@/lib/data-centres/location-field";
import { scopeListSchema } from "./scope-list";

export const startAuthorizationSchema = z.object({
  clientId: z.string().min(1, "Pick a client"),
  location: locationField(),
  scopes: scopeListSchema({ min: 1 }),
  accessType: z.enum(["online", "offline"]),
  promptConsent: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  orgWide: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  pkce: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  redirectUri: z.string().min(1, "Pick a redirect URI"),
});

// The device flow (Non-browser clients): no redirect URI, no state, no PKCE.
export const startDeviceAuthorizationSchema = startAuthorizationSchema.pick({ clientId: true, location: true, scopes: true, accessType: true, promptConsent: true });
