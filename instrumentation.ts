// Runs once when a console server starts: background upkeep that no request triggers.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { scheduleRetention } = await import("./lib/audit/schedule-retention");
  scheduleRetention();
}
