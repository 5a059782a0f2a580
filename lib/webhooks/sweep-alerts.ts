import "server-only";
import { db, type Db } from "@/lib/db";
import { errorFields, log } from "@/lib/log/logger";
import { sweepExpiringKeys } from "./sweep-expiring-keys";
import { sweepFailedCallbacks } from "./sweep-failed-callbacks";
import { sweepPendingRotations } from "./sweep-pending-rotations";
import { sweepStaleGrants } from "./sweep-stale-grants";

// The alerts whose cause is time passing (issue 17), found by one periodic sweep (instrumentation.ts, every
// ALERT_SWEEP_SECONDS in each console process): stale grants, API keys about to expire, secret rotations left
// open, and each client's failed callbacks per 10-minute window. The alerts whose cause is a change fire in
// that change's transaction instead (grant.near_cap, grant.near_token_limit, webhook.endpoint_disabled, the
// grant events, audit.chain_broken where the check runs). Each part is a few indexed reads when there is
// nothing to do, and safe in several instances at once: a dedupeKey (alert-rules.ts) or a claim makes a
// second emit write nothing.
const PARTS: [string, (db: Db, now: Date) => Promise<number>][] = [
  ["stale grants", sweepStaleGrants],
  ["expiring API keys", sweepExpiringKeys],
  ["pending secret rotations", sweepPendingRotations],
  ["failed callbacks", sweepFailedCallbacks],
];

/** One sweep at `now`: each part on its own, so one that fails does not hold back the others. Returns the alerts emitted. */
export async function sweepAlerts(client: Db, now: Date): Promise<number> {
  let emitted = 0;
  for (const [name, part] of PARTS) {
    try {
      emitted += await part(client, now);
    } catch (error) {
      log.error({ part: name, ...errorFields(error) }, "alert sweep: a part failed");
    }
  }
  return emitted;
}

// One sweep at a time in this process: a slow one makes the next ticks skip rather than pile up.
let running = false;

export async function alertSweepTick(): Promise<void> {
  if (running) return;
  running = true;
  try {
    await sweepAlerts(db, new Date());
  } finally {
    running = false;
  }
}
