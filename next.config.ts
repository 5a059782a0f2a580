import type { NextConfig } from "next";
import { BODY_LIMIT_BYTES } from "./lib/body-limit/body-limits";

// Headers for every answer: no framing (clickjacking), no MIME sniffing, and no Referer to other
// origins — callback URLs carry grant codes. The Content-Security-Policy (with a per-request nonce)
// and HSTS depend on the request: proxy.ts sets them.
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // Database drivers stay outside the bundle: PGlite loads its own WASM, pg uses Node sockets.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // One body limit for every form (lib/body-limit/body-limits.ts): the proxy refuses bigger bodies
  // with a 413 before Next would parse them. The registry import reads its own body (up to 5 MB).
  experimental: { serverActions: { bodySizeLimit: BODY_LIMIT_BYTES } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
