import { z } from "zod";

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
  settings: z.string().transform((s, ctx) => {
    try {
      return JSON.parse(s);
    } catch {
      ctx.addIssue({ code: "custom", message: "Settings are not JSON" });
      return z.NEVER;
    }
  }).pipe(presetSettingsSchema),
});
