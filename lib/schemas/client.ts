import { z } from "zod";
import { LOCATIONS } from "@/lib/zoho/data-centres";
import { validateRedirectUri } from "@/lib/zoho/validate-redirect-uri";

export const ENVIRONMENTS = ["DEVELOPMENT", "SANDBOX", "PRODUCTION"] as const;

export const createClientSchema = z
  .object({
    name: z.string().trim().min(1, "Name the client, e.g. “CRM sync (prod)”").max(80),
    provider: z.enum(["ZOHO", "SANDBOX"]).default("ZOHO"),
    zohoClientId: z
      .string()
      .trim()
      .regex(/^1000\.[A-Za-z0-9]{10,60}$/, "A Zoho client id looks like 1000.ABCDEF… (copy it from the API console)"),
    clientSecret: z.string().trim().min(10, "Paste the client secret from the API console").max(200),
    type: z.literal("SERVER", { error: "Only Server-based clients can be registered for now" }),
    homeDc: z.enum(LOCATIONS as [string, ...string[]], { error: "Pick the data centre the client was created in" }),
    environment: z.enum(ENVIRONMENTS).default("DEVELOPMENT"),
    redirectUris: z
      .string()
      .transform((text) => [...new Set(text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))])
      .pipe(z.array(z.string()).min(1, "Add at least one redirect URI").max(20, "At most 20 redirect URIs")),
  })
  .superRefine((value, ctx) => {
    // The sandbox runs wherever the console runs, so plain http is fine there; Zoho wants https.
    for (const uri of value.redirectUris) {
      const problem = validateRedirectUri(uri, { allowHttp: value.provider === "SANDBOX" });
      if (problem) ctx.addIssue({ code: "custom", path: ["redirectUris"], message: problem });
    }
  });

export type CreateClientInput = z.infer<typeof createClientSchema>;
