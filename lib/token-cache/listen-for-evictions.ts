import "server-only";
import pg from "pg";
import { env } from "@/lib/config/env";
import { CHANNEL, readEvictionPayload } from "./eviction-channel";
import type { TokenCache } from "./token-cache";
import { log } from "@/lib/log/logger";

const RETRY_MS = [250, 500, 1000, 2000, 5000];

/**
 * Keeps one dedicated connection LISTENing on the eviction channel and applies what other instances
 * send. The cache is on only while it listens: when the connection drops (the server restarted, a
 * `pg_terminate_backend`, a network cut) this instance may miss messages, so it turns the cache off
 * and flushes it at once, and again when it listens anew. Returns a stop function.
 */
export function listenForEvictions(cache: TokenCache, instanceId: string): () => void {
  let stopped = false;
  let attempt = 0;
  let client: pg.Client | undefined;
  let timer: NodeJS.Timeout | undefined;

  const lost = (why: string) => {
    if (client === undefined) return;
    cache.enabled = false;
    cache.flush();
    const dead = client;
    client = undefined;
    dead.removeAllListeners();
    dead.on("error", () => undefined);
    void dead.end().catch(() => undefined);
    if (stopped) return;
    // Once per outage: the retries that follow fail quietly until the channel is back.
    if (attempt === 0) log.warn({ why }, "token-cache: eviction channel lost; cache off and flushed until it is back");
    schedule();
  };

  const schedule = () => {
    timer = setTimeout(connect, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
    timer.unref();
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: env().DATABASE_URL, application_name: "console-token-cache" });
    client = next;
    next.on("error", (error) => lost(error.message.split("\n")[0]));
    next.on("end", () => lost("connection ended"));
    next.on("notification", (message) => {
      if (message.channel !== CHANNEL) return;
      const read = readEvictionPayload(message.payload);
      if (read.from === instanceId) return;
      if ("all" in read && read.all) cache.flush();
      else cache.evict(read);
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      if (client !== next) return;
      // Whatever was written while nobody listened: forget everything, then trust the channel again.
      cache.flush();
      cache.enabled = true;
      if (attempt > 0) log.warn("token-cache: eviction channel back; cache on");
      attempt = 0;
    } catch (error) {
      if (client === next) lost(error instanceof Error ? error.message.split("\n")[0] : "connect failed");
    }
  };

  void connect();
  return () => {
    stopped = true;
    clearTimeout(timer);
    const current = client;
    client = undefined;
    cache.enabled = false;
    void current?.end().catch(() => undefined);
  };
}
