import dns from "node:dns";
import type { LookupAddress } from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

// Where the console's own outgoing requests may connect: the request runner's calls to Zoho
// (lib/zoho/send-api-request.ts) and webhook deliveries (lib/webhooks/send-webhook.ts). Only plain public
// unicast (ipaddr.js range() "unicast"): loopback, private, link-local (and so the cloud metadata address
// 169.254.169.254), CGNAT, multicast, broadcast, unspecified, reserved, unique-local (fd00:ec2::254, AWS's
// IPv6 metadata address), NAT64 and 6to4 are refused; an IPv4-mapped IPv6 address is judged as the IPv4
// address it carries. The check happens at connect time, in the lookup the socket itself uses, so no
// second resolution (DNS rebinding, a poisoned resolver) can differ from the one checked.

export const PRIVATE_ADDRESS = "EPRIVATEADDRESS";

export class PrivateAddressError extends Error {
  readonly code = PRIVATE_ADDRESS;
  constructor(
    readonly hostname: string,
    readonly address: string,
    readonly range: string,
  ) {
    super(`${hostname} resolves to ${address} (${range}), a non-public address: the console never calls one.`);
  }
}

/** The range of an address that may not be reached (e.g. "loopback"), or null. Loopback only with `allowLoopback` (the sandbox's receivers). */
export function nonPublicRange(address: string, { allowLoopback = false } = {}): string | null {
  if (!ipaddr.isValid(address)) return "not an address";
  let ip = ipaddr.parse(address);
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  return range === "unicast" || (range === "loopback" && allowLoopback) ? null : range;
}

const RANGE_WORDS: Record<string, string> = {
  private: "a private network address",
  loopback: "a loopback address",
  linkLocal: "a link-local address (this includes cloud metadata services)",
  uniqueLocal: "a unique-local (private) IPv6 address",
  unspecified: "the unspecified address",
  multicast: "a multicast address",
  broadcast: "the broadcast address",
  carrierGradeNat: "a carrier-grade NAT address",
};

/** A range from nonPublicRange in plain words. */
export const describeRange = (range: string) => RANGE_WORDS[range] ?? `a reserved address (${range})`;

type Resolve = (hostname: string, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;
const systemResolve: Resolve = (hostname, callback) => dns.lookup(hostname, { all: true }, callback);

/** A net/tls `lookup` that resolves as usual and refuses the connection when ANY answered address may not be reached. */
export function publicAddressLookup({
  allowLoopback = false,
  resolve = systemResolve,
}: { allowLoopback?: boolean; resolve?: Resolve } = {}) {
  const lookup: LookupFunction = (hostname, options, callback) => {
    resolve(hostname, (error, all) => {
      if (error) return callback(error, "", 0);
      const addresses = options.family === 4 || options.family === 6 ? all.filter((a) => a.family === options.family) : all;
      const bad = addresses.find((a) => nonPublicRange(a.address, { allowLoopback }) !== null);
      if (bad || addresses.length === 0) {
        const refusal = new PrivateAddressError(
          hostname,
          bad?.address ?? "no address",
          bad ? nonPublicRange(bad.address, { allowLoopback })! : "none",
        );
        return callback(refusal as NodeJS.ErrnoException, "", 0);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
  return lookup;
}
