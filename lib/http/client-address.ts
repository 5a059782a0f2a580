import proxyaddr from "proxy-addr";

// Who is on the other end: scripts/serve.mjs stamps the socket's address on every request as
// PEER_HEADER (overwriting anything sent). X-Forwarded-For is believed only hop by hop from peers in
// TRUSTED_PROXIES (proxy-addr walks it right to left); proxy.ts puts the result in CLIENT_IP_HEADER.
export const PEER_HEADER = "x-console-peer";
export const CLIENT_IP_HEADER = "x-console-client-ip";

const compiled = new Map<string, ReturnType<typeof proxyaddr.compile>>();

export function clientAddress(headers: Headers, trustedProxies: readonly string[]): string | null {
  const peer = headers.get(PEER_HEADER);
  if (!peer) return null;
  const key = trustedProxies.join(",");
  let trust = compiled.get(key);
  if (!trust) compiled.set(key, (trust = proxyaddr.compile([...trustedProxies])));
  const forwarded = headers.get("x-forwarded-for") ?? undefined;
  // proxy-addr reads a Node request; these are the only two fields it looks at.
  const request = { connection: { remoteAddress: peer }, socket: { remoteAddress: peer }, headers: { "x-forwarded-for": forwarded } };
  return proxyaddr(request as unknown as Parameters<typeof proxyaddr>[0], trust);
}
