import { z } from "zod";
import { CLIENT_TYPES } from "@/lib/zoho/client-types";
import { judgeScope, MAX_SCOPE_LENGTH, MAX_SCOPES } from "@/lib/zoho/scope-grammar";
import { ZOHO_CLIENT_ID } from "@/lib/zoho/zoho-ids";

export const EXPORT_FORMAT = "zoho-oauth-console/clients@1";

export const exportedClientSchema = z.object({
  name: z.string().min(1).max(80),
  zohoClientId: z.string().regex(ZOHO_CLIENT_ID),
  type: z.enum(CLIENT_TYPES),
  provider: z.enum(["ZOHO", "SANDBOX"]),
  environment: z.enum(["DEVELOPMENT", "SANDBOX", "PRODUCTION"]),
  // Bounded so that every row that passes can be stored (an index entry holds at most ~2.7 kB).
  homeDc: z.string().max(20),
  enabledDcs: z.array(z.string().max(20)).max(20).default([]),
  redirectUris: z.array(z.string().max(2000)).max(20).default([]),
  defaultScopes: z
    .array(
      z
        .string()
        .max(MAX_SCOPE_LENGTH)
        .refine((s) => judgeScope(s).kind !== "invalid", "not a scope"),
    )
    .max(MAX_SCOPES)
    .default([]),
  notes: z.string().max(2000).default(""),
  archived: z.boolean().default(false),
});

const boxSchema = z.object({
  kdf: z.literal("scrypt"),
  n: z.number(),
  r: z.number(),
  p: z.number(),
  salt: z.string(),
  iv: z.string(),
  data: z.string(),
});

export const clientExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  exportedAt: z.string(),
  clients: z.array(exportedClientSchema).max(20_000),
  // zohoClientId → { secret, dcSecrets: { location: secret } }, inside a passphrase box.
  secrets: boxSchema.optional(),
});

// The import reads the envelope first, then each client on its own: a bad row is reported and skipped,
// never fatal to the rows around it.
export const importEnvelopeSchema = clientExportSchema.extend({ clients: z.array(z.unknown()).max(20_000) });

export const exportedSecretsSchema = z.record(
  z.string(),
  z.object({ secret: z.string().max(500).nullable(), dcSecrets: z.record(z.string().max(20), z.string().max(500)).default({}) }),
);

export type ClientExport = z.infer<typeof clientExportSchema>;
