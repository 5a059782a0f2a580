import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

// The console's Prometheus metrics (GET /metrics, app/metrics/route.ts), in a registry of their own.
// Made once per process and kept on globalThis, like the database client: Next.js may load this module
// more than once (route handlers, instrumentation), and a second registry would count half the requests.
//
// Labels are bounded by construction: outcomes, problem types, endpoint names, data-centre locations,
// limit names and audit actions — never a grant, user, key, client or workspace id (docs/operations.md).
const PREFIX = "zoho_console_";

function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: PREFIX });
  const registers = [registry];
  return {
    registry,
    tokenApiRequests: new Counter({
      name: `${PREFIX}token_api_requests_total`,
      help: "Token API requests (/api/v1), by endpoint and outcome (ok, or the problem type answered).",
      labelNames: ["endpoint", "outcome"] as const,
      registers,
    }),
    tokenApiDuration: new Histogram({
      name: `${PREFIX}token_api_request_duration_seconds`,
      help: "Token API request latency in the console, by endpoint.",
      labelNames: ["endpoint"] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    directRouteRequests: new Counter({
      name: `${PREFIX}token_api_direct_requests_total`,
      help: "Token API access-token reads the console's server handed straight to their route handler, past Next's router (lib/api/direct-route.ts).",
      registers,
    }),
    tokenCacheLookups: new Counter({
      name: `${PREFIX}token_cache_lookups_total`,
      help: "Token cache lookups (lib/token-cache): cache=key (API keys) or token (access tokens), result=hit or miss.",
      labelNames: ["cache", "result"] as const,
      registers,
    }),
    refreshes: new Counter({
      name: `${PREFIX}zoho_refreshes_total`,
      help: "Access-token refresh attempts sent to Zoho's accounts server, by outcome, data centre and provider (zoho or sandbox).",
      labelNames: ["outcome", "dc", "provider"] as const,
      registers,
    }),
    zohoDuration: new Histogram({
      name: `${PREFIX}zoho_request_duration_seconds`,
      help: "Calls to Zoho (or the sandbox) by endpoint, data centre, provider and result (answered, timeout, unreachable).",
      labelNames: ["endpoint", "dc", "provider", "result"] as const,
      buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
      registers,
    }),
    callbacks: new Counter({
      name: `${PREFIX}callbacks_total`,
      help: "OAuth redirects received at /oauth/callback (and per-client callback paths), by final outcome.",
      labelNames: ["outcome"] as const,
      registers,
    }),
    signInFailures: new Counter({
      name: `${PREFIX}sign_in_failures_total`,
      help: "Password sign-ins refused, by reason (wrong_credentials, rate_limited, invalid_input).",
      labelNames: ["reason"] as const,
      registers,
    }),
    rateLimitRefusals: new Counter({
      name: `${PREFIX}rate_limit_refusals_total`,
      help: "Requests refused by a rate limit (lib/rate-limit), by limit name.",
      labelNames: ["limit"] as const,
      registers,
    }),
    auditEvents: new Counter({
      name: `${PREFIX}audit_events_total`,
      help: "Audit events appended to a workspace's hash chain, by action (counted when written in their transaction).",
      labelNames: ["action"] as const,
      registers,
    }),
    auditChainChecks: new Counter({
      name: `${PREFIX}audit_chain_verifications_total`,
      help: "Audit chain verifications run in this process, by result (intact or broken).",
      labelNames: ["result"] as const,
      registers,
    }),
    auditChainsBroken: new Gauge({
      name: `${PREFIX}audit_chains_broken`,
      help: "Workspaces whose audit chain failed its last verification in this process (the daily check, or Verify on the Audit page).",
      registers,
    }),
    auditChainLastCheck: new Gauge({
      name: `${PREFIX}audit_chain_last_check_timestamp_seconds`,
      help: "When this process last finished verifying every workspace's audit chain (Unix time; 0: not yet).",
      registers,
    }),
    /** The workspaces behind audit_chains_broken (ids in memory only, never a label). */
    brokenChains: new Set<string>(),
  };
}

export type Metrics = ReturnType<typeof create>;

const g = globalThis as unknown as { consoleMetrics?: Metrics };

/** The process's metrics, made on first use. */
export const metrics = (): Metrics => (g.consoleMetrics ??= create());

/** A workspace's chain verified: intact or broken, counted and reflected in audit_chains_broken. */
export function recordChainCheck(workspaceId: string, ok: boolean) {
  const m = metrics();
  m.auditChainChecks.labels({ result: ok ? "intact" : "broken" }).inc();
  if (ok) m.brokenChains.delete(workspaceId);
  else m.brokenChains.add(workspaceId);
  m.auditChainsBroken.set(m.brokenChains.size);
}
