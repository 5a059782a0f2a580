import "server-only";
import { type Faults, faultsForClient, injectFault } from "./faults";
import { readParams } from "./read-params";

/** The start of every POST to a sandbox token endpoint (/oauth/v2/token, /oauth/v3/device/code and
 * /token): its parameters, and the faults of the workspace owning the client it names — or, when a fault
 * fires (latency, outage, rate limit), the answer to send instead. */
export async function readTokenCall(request: Request): Promise<{ params: URLSearchParams; faults: Faults } | Response> {
  const params = await readParams(request);
  const faults = await faultsForClient(params.get("client_id"));
  return (await injectFault(faults)) ?? { params, faults };
}
