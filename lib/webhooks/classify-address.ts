import ipaddr from "ipaddr.js";

// Which addresses a webhook may reach (issue 17's egress rules): public unicast only. Refused: private
// (10/8, 172.16/12, 192.168/16), carrier-grade NAT (100.64/10), loopback, link-local (169.254/16 with the
// cloud metadata address 169.254.169.254; fe80::/10), unique-local (fc00::/7), unspecified (0.0.0.0, ::),
// multicast, broadcast and every other reserved range ipaddr.js knows; IPv4-mapped IPv6 (::ffff:10.0.0.1)
// is judged as the IPv4 address it carries. Loopback is allowed only when the built-in sandbox is on (a
// receiver on this machine for trying the console and for the tests).
export type AddressVerdict = { ok: true } | { ok: false; reason: string };

const REASONS: Record<string, string> = {
  private: "a private network address",
  loopback: "a loopback address",
  linkLocal: "a link-local address (this includes cloud metadata services)",
  uniqueLocal: "a unique-local (private) IPv6 address",
  unspecified: "the unspecified address",
  multicast: "a multicast address",
  broadcast: "the broadcast address",
  carrierGradeNat: "a carrier-grade NAT address",
};

export function classifyAddress(address: string, { allowLoopback = false } = {}): AddressVerdict {
  if (!ipaddr.isValid(address)) return { ok: false, reason: "not an IP address" };
  let ip = ipaddr.parse(address);
  if (ip.kind() === "ipv6" && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  if (range === "unicast") return { ok: true };
  if (range === "loopback" && allowLoopback) return { ok: true };
  return { ok: false, reason: REASONS[range] ?? `a reserved address (${range})` };
}
