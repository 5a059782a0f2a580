import dns from "node:dns";
import type { LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import { classifyAddress } from "./classify-address";

// The webhook sender's connect-time check (issue 17, "checked at connect time, not only at save"): the
// socket's own `lookup` resolves the host and refuses the connection when ANY answered address is not
// allowed, so the address connected to is the address checked — a DNS answer that changed since the URL
// was saved (rebinding) cannot slip through. Same design as lib/zoho/public-address-lookup.ts, plus the
// sandbox's loopback exception. Net skips `lookup` for IP literals: check-egress.ts checks those.
export const EGRESS_REFUSED = "EWEBHOOKEGRESS";

type Resolve = (hostname: string, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;
const systemResolve: Resolve = (hostname, callback) => dns.lookup(hostname, { all: true }, callback);

export function egressLookup({ allowLoopback, resolve = systemResolve }: { allowLoopback: boolean; resolve?: Resolve }): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, (error, all) => {
      if (error) return callback(error, "", 0);
      const addresses = options.family === 4 || options.family === 6 ? all.filter((a) => a.family === options.family) : all;
      const refused = addresses.map((a) => ({ a, verdict: classifyAddress(a.address, { allowLoopback }) })).find((x) => !x.verdict.ok);
      if (refused || addresses.length === 0) {
        const why = refused && !refused.verdict.ok ? `${refused.a.address}, ${refused.verdict.reason}` : "no address";
        const refusal = Object.assign(new Error(`${hostname} resolves to ${why}: webhooks are never sent there.`), {
          code: EGRESS_REFUSED,
        });
        return callback(refusal, "", 0);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
