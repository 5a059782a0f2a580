// Headers for every answer: no framing (clickjacking), no MIME sniffing, and no Referer to other
// origins — callback URLs carry grant codes. next.config.ts puts them on everything Next serves; the
// token API's direct route (lib/api/direct-route.ts) adds them itself. The Content-Security-Policy
// (with a per-request nonce) and HSTS depend on the request: lib/http/proxy-headers.ts sets them.
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "same-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
};
