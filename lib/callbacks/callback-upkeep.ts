import "server-only";
import { db } from "@/lib/db";
import { closeFailureWindows } from "./close-failure-windows";
import { expireOrphanCallbacks } from "./expire-orphan-callbacks";
import { saveRefusedCallbacks } from "./save-refused-callbacks";

const EXPIRY_EVERY_MS = 3_600_000;

const g = globalThis as unknown as { orphanExpiryAt?: number };

// The callback routes' background work (every 10 s, instrumentation.ts), safe in several instances at
// once: save what the rate limit refused, audit the windows of identical failures that are over, and
// (hourly) remove orphans.
export async function runCallbackUpkeep(now = new Date()) {
  await saveRefusedCallbacks(db, now);
  await closeFailureWindows(db, now);
  if (now.getTime() >= (g.orphanExpiryAt ?? 0)) {
    g.orphanExpiryAt = now.getTime() + EXPIRY_EVERY_MS;
    await expireOrphanCallbacks(db, now);
  }
}
