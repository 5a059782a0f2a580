import "server-only";
import { headers } from "next/headers";
import { CLIENT_IP_HEADER } from "@/lib/http/client-address";

// Who is asking, for the audit trail, callback records and rate limits. The IP is the one proxy.ts
// derived from the socket and TRUSTED_PROXIES, never X-Forwarded-For as sent.
export function metaFrom(h: Headers) {
  return { ip: h.get(CLIENT_IP_HEADER) || null, userAgent: h.get("user-agent")?.slice(0, 300) ?? null };
}

export async function requestMeta() {
  return metaFrom(await headers());
}
