import { defineConfig } from "prisma/config";

// Only `prisma generate` runs from the CLI here; migrations go through scripts/prisma-wasm.mjs.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
