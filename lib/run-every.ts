import { errorFields, log } from "@/lib/log/logger";
import { isShuttingDown } from "@/lib/shutdown/on-shutdown";

// Background upkeep: `task` after `firstAfterMs`, then every `everyMs`, in this process. A failure is
// logged and the next run tries again; the timers never keep a process alive (a build's workers exit).
export function runEvery(name: string, everyMs: number, task: () => Promise<unknown>, firstAfterMs = 0) {
  // Not once the process is shutting down: the database may already be closed.
  const run = async () =>
    isShuttingDown() || task().catch((error) => log.error({ task: name, ...errorFields(error) }, "background task failed"));
  setTimeout(() => {
    void run();
    setInterval(run, everyMs).unref();
  }, firstAfterMs).unref();
}
