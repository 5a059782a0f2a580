import { z } from "zod";
import { CLIENT_TYPES } from "@/lib/zoho/client-types";

export const EXPORT_FORMAT = "zoho-oauth-console/clients@1";

export const exportedClientSchema = z.object({
  name: z.string().min(1).max(80),
  zohoClientId: z.string().regex(/^1000\.[A-Za-z0-9]{10,60}$/),
  type: z.enum(CLIENT_TYPES),
  provider: z.enum(["ZOHO", "SANDBOX"]),
  environment: z.enum(["DEVELOPMENT", "SANDBOX", "PRODUCTION"]),
  homeDc: z.string(),
  enabledDcs: z.array(z.string()).default([]),
  redirectUris: z.array(z.string()).max(20).default([]),
  defaultScopes: z.array(z.string()).max(50).default([]),
  notes: z.string().max(2000).default(""),
  archived: z.boolean().default(false),
});

const boxSchema = z.object({ kdf: z.literal("scrypt"), n: z.number(), r: z.number(), p: z.number(), salt: z.string(), iv: z.string(), data: z.string() });

export const clientExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  exportedAt: z.string(),
  clients: z.array(exportedClientSchema).max(20_000),
  // zohoClientId → { secret, dcSecrets: { location: secret } }, inside a passphrase box.
  secrets: boxSchema.optional(),
});

export const exportedSecretsSchema = z.record(z.string(), z.object({ secret: z.string().nullable(), dcSecrets: z.record(z.string(), z.string()).default({}) }));

export type ClientExport = z.infer<typeof clientExportSchema>;
