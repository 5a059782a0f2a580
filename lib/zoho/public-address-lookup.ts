import dns from "node:dns";
import type { LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";

// The runner never reaches a private address, whatever a Zoho host name resolves to (DNS rebinding, a
// poisoned resolver, a host an admin added by mistake): the address is checked at connect time, in the
// lookup the socket itself uses, so no second resolution can differ from the one checked. Only plain
// public unicast is allowed (ipaddr.js range() "unicast"): loopback, private, link-local (and so the cloud
// metadata address 169.254.169.254), CGNAT, multicast, broadcast, unspecified, reserved, unique-local
// (fd00:ec2::254, AWS's IPv6 metadata address) and IPv4-mapped/NAT64/6to4 IPv6 are all refused.

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

/** The range of an address that is not public unicast (e.g. "loopback"), or null for a public one. */
export function nonPublicRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return "not an address";
  const range = ipaddr.parse(address).range();
  return range === "unicast" ? null : range;
}

/** A net/tls `lookup` that resolves as usual and refuses the connection when ANY answered address is not public. */
export const publicAddressLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const bad = addresses.find((a) => nonPublicRange(a.address) !== null);
    if (bad || addresses.length === 0) {
      const refusal = new PrivateAddressError(hostname, bad?.address ?? "no address", bad ? nonPublicRange(bad.address)! : "none");
      return callback(refusal as NodeJS.ErrnoException, "", 0);
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
};
