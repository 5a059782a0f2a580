import { z } from "zod";
import { validateRedirectUri } from "@/lib/zoho/validate-redirect-uri";

// Registering a sandbox client: a name, its type, and for a Server-based client its redirect URIs (one
// per line from the form, or a JSON array). The sandbox runs wherever the console runs, so plain http
// is allowed. A Non-browser client has no redirect URI: it uses the device flow (/oauth/v3/device).
export const SANDBOX_CLIENT_TYPES = ["SERVER", "NON_BROWSER"] as const;

const lines = z.string().transform((text) => text.split(/\r?\n/));

export const sandboxClientSchema = z
  .object({
    name: z.string({ error: "Name the client" }).trim().min(1, "Name the client, e.g. “CRM sync”").max(80, "At most 80 characters"),
    type: z.enum(SANDBOX_CLIENT_TYPES, { error: "Pick Server-based or Non-browser" }).default("SERVER"),
    redirectUris: z
      .union([lines, z.array(z.string())], { error: "Add at least one redirect URI" })
      .default([])
      .transform((uris) => [...new Set(uris.map((u) => u.trim()).filter(Boolean))])
      .pipe(z.array(z.string()).max(20, "At most 20 redirect URIs"))
      .superRefine((uris, ctx) => {
        for (const uri of uris) {
          const problem =
            /^[a-z][a-z0-9+.-]*:/i.test(uri) && !/^https?:/i.test(uri)
              ? `"${uri}" must be an http(s) URL`
              : validateRedirectUri(uri, { allowHttp: true });
          if (problem) ctx.addIssue({ code: "custom", message: problem });
        }
      }),
  })
  .superRefine((client, ctx) => {
    if (client.type === "SERVER" && client.redirectUris.length === 0)
      ctx.addIssue({ code: "custom", path: ["redirectUris"], message: "Add at least one redirect URI" });
    if (client.type === "NON_BROWSER" && client.redirectUris.length > 0)
      ctx.addIssue({
        code: "custom",
        path: ["redirectUris"],
        message: "A Non-browser client has no redirect URI: it uses the device flow",
      });
  });

export type SandboxClientInput = z.infer<typeof sandboxClientSchema>;
