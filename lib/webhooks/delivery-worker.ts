import "server-only";
import { deliverDue } from "./deliver-due";

// The worker loop's tick (started by instrumentation.ts with runEvery): one pass at a time in this
// process — a slow receiver (up to 10 s) makes the next ticks skip rather than pile up.
let running = false;

export async function deliveryTick(): Promise<void> {
  if (running) return;
  running = true;
  try {
    await deliverDue();
  } finally {
    running = false;
  }
}
