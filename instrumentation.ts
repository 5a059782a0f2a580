// Runs once when a console process starts (Next.js instrumentation hook): background upkeep that no
// request triggers.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { markInterruptedCallbacks } = await import("@/lib/callback/mark-interrupted-callbacks");
  const { scheduleRetention } = await import("@/lib/audit/schedule-retention");
  const { scheduleAnalyze } = await import("@/lib/analyze-embedded-db");
  // Callbacks left half-done by a process that died are marked now and every 15 s after (a callback
  // only counts as interrupted once it is older than any live one can be; other instances may run).
  const sweep = () => markInterruptedCallbacks().catch((error) => console.error("marking interrupted callbacks failed:", error instanceof Error ? error.message : "unknown error"));
  void sweep();
  setInterval(sweep, 15_000).unref();
  scheduleRetention();
  scheduleAnalyze();
}
