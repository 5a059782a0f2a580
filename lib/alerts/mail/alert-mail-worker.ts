import "server-only";
import { mailDueAlerts } from "./mail-due-alerts";

// The alert mail loop's tick (instrumentation.ts, runEvery): one pass at a time in this process — a slow
// SMTP server makes the next ticks skip rather than pile up.
let running = false;

export async function alertMailTick(): Promise<void> {
  if (running) return;
  running = true;
  try {
    await mailDueAlerts();
  } finally {
    running = false;
  }
}
