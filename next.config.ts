import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Database drivers stay outside the bundle: PGlite loads its own WASM, pg uses Node sockets.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
};

export default nextConfig;
