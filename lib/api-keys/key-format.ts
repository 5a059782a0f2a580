import { randomBytes } from "node:crypto";
import { sha256Hex } from "@/lib/crypto/tokens";

// API keys look like zoc_<prefix>_<secret>. The prefix finds the row; the hash of the whole key
// proves it. The key is shown once, at creation.
export function newApiKey() {
  const prefix = randomBytes(6).toString("hex");
  const key = `zoc_${prefix}_${randomBytes(24).toString("base64url")}`;
  return { key, prefix, hash: sha256Hex(key) };
}

export function parseApiKey(key: string): { prefix: string } | null {
  const match = /^zoc_([0-9a-f]{12})_[A-Za-z0-9_-]{32}$/.exec(key);
  return match ? { prefix: match[1] } : null;
}
