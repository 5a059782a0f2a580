import "server-only";
import { errorFields, log } from "@/lib/log/logger";

// Last-use bookkeeping off the token API's path (issue 18): requests only count in memory; every
// FLUSH_MS the counted uses are written in one batch (API keys' lastUsedAt and hourly `apikey.used`,
// grants' last use), and once more on a clean shutdown (scripts/serve.mjs awaits
// `globalThis.consoleBeforeExit`). A crash loses at most the uses of one interval.
export const FLUSH_MS = Number(process.env.USAGE_FLUSH_MS) > 0 ? Number(process.env.USAGE_FLUSH_MS) : 5_000;

type Flush = () => Promise<void>;
type State = { flushes: Set<Flush>; timer?: NodeJS.Timeout; running?: Promise<void> };
const g = globalThis as unknown as { consoleUsageFlusher?: State; consoleBeforeExit?: () => Promise<void> };

function state(): State {
  if (g.consoleUsageFlusher) return g.consoleUsageFlusher;
  const s: State = { flushes: new Set() };
  g.consoleUsageFlusher = s;
  s.timer = setInterval(() => void flushUsage(), FLUSH_MS);
  s.timer.unref();
  const previous = g.consoleBeforeExit;
  g.consoleBeforeExit = async () => {
    await previous?.();
    await flushUsage();
  };
  return s;
}

/** Registers a batch writer (once per module); the first registration starts the interval. */
export function onUsageFlush(flush: Flush): void {
  state().flushes.add(flush);
}

/** Runs every writer once; a flush already running is awaited, then one more runs (nothing counted is skipped). */
export async function flushUsage(): Promise<void> {
  const s = state();
  while (s.running) await s.running;
  s.running = (async () => {
    for (const flush of s.flushes)
      await flush().catch((error: unknown) => log.warn(errorFields(error), "usage: last-use batch not written"));
  })().finally(() => (s.running = undefined));
  await s.running;
}
