import { z } from "zod";
import { LOCATIONS } from "@/lib/zoho/data-centres";
import { scopeListSchema } from "./scope-list";

export const startAuthorizationSchema = z.object({
  clientId: z.string().min(1, "Pick a client"),
  location: z.enum(LOCATIONS as [string, ...string[]], { error: "Pick a data centre" }),
  scopes: scopeListSchema({ min: 1 }),
  accessType: z.enum(["online", "offline"]),
  promptConsent: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  orgWide: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  pkce: z.preprocess((v) => v === "on" || v === "true", z.boolean()),
  redirectUri: z.string().min(1, "Pick a redirect URI"),
});
