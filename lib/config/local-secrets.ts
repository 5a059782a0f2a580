import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export type LocalSecrets = { AUTH_SECRET: string; ENCRYPTION_KEY: string; ENCRYPTION_KEYS_PREVIOUS?: string[] };

// The embedded default's secrets: generated once into .data/secrets.json (mode 0600) and reused,
// so sessions survive restarts and encrypted data stays readable. Production passes them by env.
export function loadLocalSecrets(dataDir: string): { secrets: LocalSecrets; created: boolean } {
  const file = path.join(dataDir, "secrets.json");
  if (fs.existsSync(file)) return { secrets: JSON.parse(fs.readFileSync(file, "utf8")), created: false };
  const secrets: LocalSecrets = {
    AUTH_SECRET: randomBytes(32).toString("base64"),
    ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600, flag: "wx" });
  return { secrets, created: true };
}
