import { randomBytes } from "node:crypto";

// A Standard Webhooks symmetric secret: random, at least 24 bytes, base64 with the `whsec_` prefix
// (spec/standard-webhooks.md, "Signature scheme"; the `standardwebhooks` package strips the prefix).
export const newSigningSecret = () => `whsec_${randomBytes(32).toString("base64")}`;
