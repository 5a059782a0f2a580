// Background upkeep: `task` after `firstAfterMs`, then every `everyMs`, in this process. A failure is
// logged and the next run tries again; the timers never keep a process alive (a build's workers exit).
import { isShuttingDown } from "@/lib/shutdown/on-shutdown";

export function runEvery(name: string, everyMs: number, task: () => Promise<unknown>, firstAfterMs = 0) {
  // Not once the process is shutting down: the database may already be closed.
  const run = async () =>
    isShuttingDown() || task().catch((error) => console.error(`${name} failed:`, error instanceof Error ? error.message : "unknown error"));
  setTimeout(() => {
    void run();
    setInterval(run, everyMs).unref();
  }, firstAfterMs).unref();
}
