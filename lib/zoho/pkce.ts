import { createHash, randomBytes } from "node:crypto";

// PKCE (RFC 7636) with S256: a random verifier kept by the console, its hash sent to Zoho.
export function newPkcePair() {
  const verifier = randomBytes(32).toString("base64url");
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") };
}
