import "server-only";
import { headers } from "next/headers";

// Who is asking, for the audit trail and callback records.
export function metaFrom(h: Headers) {
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return { ip: forwarded || h.get("x-real-ip") || null, userAgent: h.get("user-agent")?.slice(0, 300) ?? null };
}

export async function requestMeta() {
  return metaFrom(await headers());
}
