import proxyaddr from "proxy-addr";
import { z } from "zod";

// The environment, validated once. scripts/start.ts fills the embedded defaults (database under
// .data/, generated secrets) before the server starts; here every value is checked with a clear message.
const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64-encoded (openssl rand -base64 32)");

function compiles(list: string[]): boolean {
  try {
    proxyaddr.compile(list);
    return true;
  } catch {
    return false;
  }
}

export const CALLBACK_RATE_LIMIT_DEFAULT = 60;

// How much the console logs (lib/log/logger.ts): pino's levels, "silent" for none.
export const logLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info");

const schema = z.object({
  DATABASE_URL: z
    .string()
    .default("pglite:./.data/pglite")
    .refine((v) => /^(pglite:|postgres(ql)?:\/\/)/.test(v), "must start with postgresql:// or pglite:"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)"),
  ENCRYPTION_KEY: base64Key,
  ENCRYPTION_KEYS_PREVIOUS: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((k) => k.trim())
            .filter(Boolean)
        : [],
    )
    .pipe(z.array(base64Key)),
  ZOHO_SANDBOX: z.enum(["0", "1"]).optional(),
  APP_URL: z.url().optional(),
  // The port and address this process serves (scripts/serve.mjs): with no APP_URL, only the loopback
  // names of this port are the console; the console calls its own sandbox here.
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOSTNAME: z.string().optional(),
  // Callbacks per client IP per 10 minutes (lib/callbacks/callback-rate-limit.ts says why 60).
  CALLBACK_RATE_LIMIT: z.coerce
    .number()
    .int()
    .min(1, "must be at least 1")
    .max(1_000_000, "must be at most 1000000")
    .default(CALLBACK_RATE_LIMIT_DEFAULT),
  // "1": refresh the data-centre table from Zoho's /oauth/serverinfo at start (and daily). Off by
  // default: many installs have no egress; an admin can refresh from Settings → Data centres.
  REFRESH_DATA_CENTRES_AT_START: z
    .enum(["0", "1"])
    .optional()
    .transform((v) => v === "1"),
  // Graceful shutdown (scripts/serve.mjs reads them; validated here so a typo stops npm start): seconds
  // of answering 503 on /api/health/ready while still serving, so a load balancer stops sending first,
  // then at most this many seconds for in-flight requests to finish.
  SHUTDOWN_DELAY_SECONDS: z.coerce.number().min(0).max(300, "must be at most 300").default(0),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(0).max(600, "must be at most 600").default(10),
  // Proxies whose X-Forwarded-For is believed (proxy-addr syntax: IPs, CIDRs, "loopback", "uniquelocal").
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((p) => p.trim())
            .filter(Boolean)
        : [],
    )
    .refine(compiles, "must be a comma-separated list of IP addresses, CIDR ranges, or loopback / linklocal / uniquelocal"),
  // Optional single sign-on, next to email + password (lib/auth/oidc-providers.ts).
  AUTH_ZOHO_CLIENT_ID: z.string().optional(),
  AUTH_ZOHO_CLIENT_SECRET: z.string().optional(),
  AUTH_ZOHO_ISSUER: z.url().default("https://accounts.zoho.com"),
  AUTH_OIDC_ISSUER: z.url().optional(),
  AUTH_OIDC_CLIENT_ID: z.string().optional(),
  AUTH_OIDC_CLIENT_SECRET: z.string().optional(),
  AUTH_OIDC_NAME: z.string().default("single sign-on"),
  // Optional: invites are also mailed when set (smtp://user:pass@host:587 or smtps://…).
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  SMTP_FROM: z.string().default("Zoho OAuth Console <no-reply@localhost>"),
  // Alert mail (lib/alerts/mail/, only with SMTP_URL): how often each instance looks for alerts to mail, and
  // the digest period (a digest member gets at most one mail per period, with everything since the last).
  ALERT_MAIL_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(200, "must be at least 200")
    .max(3_600_000, "must be at most 3600000 (an hour)")
    .default(30_000),
  ALERT_DIGEST_SECONDS: z.coerce
    .number()
    .int()
    .min(1, "must be at least 1")
    .max(7 * 86_400, "must be at most 604800 (a week)")
    .default(86_400),
  LOG_LEVEL: logLevel,
  // Every this many hours each instance recomputes every workspace's audit chain for the metrics
  // (lib/audit/check-all-chains.ts; the "audit chain broken" alert). 0 turns it off.
  AUDIT_CHECK_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 365)
    .default(24),
  // Every this many seconds each instance looks for the alerts whose cause is time passing (lib/webhooks/
  // sweep-alerts.ts: stale grants, expiring API keys, open secret rotations, failed callbacks). Tests set 1.
  ALERT_SWEEP_SECONDS: z.coerce.number().int().min(1, "must be at least 1").max(3600, "must be at most 3600").default(60),
  // Optional: GET /metrics answers (Prometheus text) only to `Authorization: Bearer <METRICS_TOKEN>`; unset, it is a 404.
  METRICS_TOKEN: z
    .string()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.string().min(16, "must be at least 16 characters (openssl rand -hex 32)").optional()),
});

export type Env = z.infer<typeof schema> & { sandboxEnabled: boolean; embedded: boolean };

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const embedded = result.data.DATABASE_URL.startsWith("pglite:");
  // The sandbox is on for the embedded default and off elsewhere unless ZOHO_SANDBOX=1.
  const sandboxEnabled = result.data.ZOHO_SANDBOX ? result.data.ZOHO_SANDBOX === "1" : embedded;
  return { ...result.data, embedded, sandboxEnabled };
}

let cached: Env | undefined;
export function env(): Env {
  return (cached ??= parseEnv(process.env));
}
