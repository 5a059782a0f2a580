import type { NextConfig } from "next";
import { BODY_LIMIT_BYTES } from "./lib/body-limit/body-limits";
import { SECURITY_HEADERS } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  // Database drivers stay outside the bundle: PGlite loads its own WASM, pg uses Node sockets.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // One body limit for every form (lib/body-limit/body-limits.ts): the proxy refuses bigger bodies
  // with a 413 before Next would parse them. The registry import reads its own body (up to 5 MB).
  experimental: { serverActions: { bodySizeLimit: BODY_LIMIT_BYTES } },
  async headers() {
    return [{ source: "/:path*", headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
