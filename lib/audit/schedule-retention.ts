import { applyRetention } from "./apply-retention";

const HOUR_MS = 3_600_000;

// Retention runs a minute after start and then hourly, in every instance: the drop takes the
// workspace's audit lock, so instances running it at once drop each month once. The timer never
// keeps a process alive (a build's workers exit as before).
export function scheduleRetention() {
  const run = () => applyRetention().catch((error) => console.error("audit retention failed:", error instanceof Error ? error.message : error));
  setTimeout(() => {
    void run();
    setInterval(run, HOUR_MS).unref();
  }, 60_000).unref();
}
