import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/config/env";
import { onShutdown, SHUTDOWN_ORDER } from "@/lib/shutdown/on-shutdown";
import { listenForEvictions } from "./listen-for-evictions";
import { TokenCache } from "./token-cache";

// The process's one token cache (on globalThis, like the database client: Next.js may load this module
// more than once). On PGlite the console is one process, so local evictions are the whole story. On
// PostgreSQL other instances write too: the cache is on only while this process LISTENs to their
// evictions (listen-for-evictions.ts), and flushed whenever that connection is lost or made again.
type Shared = { cache: TokenCache; instanceId: string; stop?: () => void };
const g = globalThis as unknown as { consoleTokenCache?: Shared };

/** `TOKEN_CACHE=off` serves every request from the database (the benchmark compares both). */
const OFF = process.env.TOKEN_CACHE === "off";

function create(): Shared {
  const embedded = env().embedded;
  const shared: Shared = { cache: new TokenCache(Date.now, embedded && !OFF), instanceId: randomUUID() };
  if (!embedded && !OFF) {
    shared.stop = listenForEvictions(shared.cache, shared.instanceId);
    onShutdown("token-cache eviction listener", SHUTDOWN_ORDER.listeners, () => shared.stop?.());
  }
  return shared;
}

export function sharedCache(): Shared {
  return (g.consoleTokenCache ??= create());
}

export const tokenCache = () => sharedCache().cache;
