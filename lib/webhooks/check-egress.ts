import dns from "node:dns/promises";
import { isIP } from "node:net";
import { describeRange, nonPublicRange } from "@/lib/http/public-address";

// Where a webhook may go (issue 17, "Egress rules"), checked when an endpoint is saved (a field error)
// and again before every attempt; send-webhook.ts's connect-time lookup checks the address actually connected to.
// - https only; plain http only for a loopback receiver while the built-in sandbox is on;
// - no user name or password in the URL;
// - every address the host resolves to must be public unicast (lib/http/public-address.ts). The WHATWG URL
//   parser has already turned decimal, octal and hex IPv4 forms (http://2130706433/, 0x7f.1, 0177.0.0.1)
//   into dotted quads, so they are judged as the address they mean.
export type EgressVerdict = { ok: true; url: URL } | { ok: false; reason: string };
export type Resolve = (hostname: string) => Promise<string[]>;

const systemResolve: Resolve = async (hostname) => (await dns.lookup(hostname, { all: true })).map((a) => a.address);

export async function checkEgress(
  raw: string,
  { sandbox, resolve = systemResolve }: { sandbox: boolean; resolve?: Resolve },
): Promise<EgressVerdict> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "Enter a full URL, e.g. https://hooks.example.com/zoho-console" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, reason: "Use an https:// URL" };
  if (url.protocol === "http:" && !sandbox) return { ok: false, reason: "Use an https:// URL: webhooks carry your workspace's events" };
  if (url.username || url.password) return { ok: false, reason: "Leave user names and passwords out of the URL" };
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!host) return { ok: false, reason: "The URL has no host" };
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      return { ok: false, reason: `${host} does not resolve here (DNS lookup failed)` };
    }
    if (addresses.length === 0) return { ok: false, reason: `${host} does not resolve here` };
  }
  for (const address of addresses) {
    const range = nonPublicRange(address, { allowLoopback: sandbox });
    if (range)
      return {
        ok: false,
        reason: `${host === address ? address : `${host} resolves to ${address},`} ${describeRange(range)}: not allowed`,
      };
    // http is for a receiver on this machine while trying the console with the sandbox, nothing else.
    if (url.protocol === "http:" && nonPublicRange(address) === null)
      return { ok: false, reason: "Use an https:// URL (http is allowed only for a loopback receiver while the sandbox is on)" };
  }
  return { ok: true, url };
}
