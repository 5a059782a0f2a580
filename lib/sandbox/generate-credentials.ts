import "server-only";
import { randomBytes, randomInt } from "node:crypto";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

// Shaped like Zoho's: client ids 1000.<30 upper-case alphanumerics>, secrets of 42 hex characters,
// grant codes and tokens 1000.<32 hex>.<32 hex>.
export function newClientId(): string {
  return `1000.${Array.from({ length: 30 }, () => ALNUM[randomInt(ALNUM.length)]).join("")}`;
}

export function newClientSecret(): string {
  return randomBytes(21).toString("hex");
}

export function newOpaqueToken(): string {
  return `1000.${randomBytes(16).toString("hex")}.${randomBytes(16).toString("hex")}`;
}
