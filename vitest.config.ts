import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias: { ...alias, "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts") } },
        // A few unit tests run on an in-process PGlite database: on a loaded 2-core machine 5 s is too tight.
        test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
      {
        // Server-only code may run in the test process too, on a database the test opened itself.
        resolve: { alias: { ...alias, "server-only": path.resolve(import.meta.dirname, "test/server-only-stub.ts") } },
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/integration/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // One console process serves the whole suite; files run one after another against it.
          fileParallelism: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "reliability",
          include: ["test/reliability/**/*.test.ts"],
          environment: "node",
          globalSetup: ["test/reliability/global-setup.ts"],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          // Each file starts, kills and restarts its own consoles on one PostgreSQL server it may restart.
          fileParallelism: false,
        },
      },
    ],
  },
});
