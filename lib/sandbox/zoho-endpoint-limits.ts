import type { Limit } from "@/lib/rate-limit/rate-limit";

// The sandbox's Zoho-shaped endpoints answer anyone, as Zoho's accounts servers do, so a flood from
// one address is limited per client IP and endpoint family, in this process ("memory": no database
// write per hit, so the limit itself stays cheap in front of a flood). Zoho publishes no per-IP figure.
// 600 a minute per family is generous: a person at a consent page makes a few a minute, a team's test
// suite or the console's own benchmark (~480 consents and ~480 token calls for its whole callback run,
// docs/benchmarks.md) stays under it, while one address cannot hold the console's single process (and
// its database) busy for long. Past it, Zoho's throttle answer (answers.ts) until the minute is over.
const perIp = (name: string): Limit => ({ name, points: 600, perSeconds: 60, store: "memory" });

export const ZOHO_ENDPOINT_LIMITS = {
  consent: perIp("sandbox-consent"),
  token: perIp("sandbox-token"),
  userInfo: perIp("sandbox-user-info"),
  serverInfo: perIp("sandbox-server-info"),
  // The sandbox's product API (lib/sandbox/api/): a team's test suite calls it like Zoho's APIs.
  api: perIp("sandbox-api"),
  // /oauth/v3/device/code and /oauth/v3/device/token (the device flow's verification page counts as consent).
  device: perIp("sandbox-device"),
} as const;

// The largest JSON body the sandbox's product APIs read (POST crm/v{n}/Leads, crm/v{n}/coql): 100 Leads with
// every text field full (255 characters) fit in about 350 KB. A bigger body is refused in the product's shape
// without being read whole; past the console's own 1 MB (lib/body-limit) the proxy answers 413 first.
export const API_BODY_LIMIT_BYTES = 512 * 1024;
