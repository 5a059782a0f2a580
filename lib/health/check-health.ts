import "server-only";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";

export type Health =
  | { status: "ok"; database: { status: "ok"; kind: "pglite" | "postgresql"; latencyMs: number }; sandbox: boolean }
  | { status: "error"; database: { status: "unreachable" } };

/** Liveness and the database's answer time. No actor and no workspace: load balancers ask, signed in or not. */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    await db.$queryRaw`SELECT 1`;
    const latencyMs = Math.round(performance.now() - started);
    return {
      status: "ok",
      database: { status: "ok", kind: env().embedded ? "pglite" : "postgresql", latencyMs },
      sandbox: env().sandboxEnabled,
    };
  } catch {
    return { status: "error", database: { status: "unreachable" } };
  }
}
