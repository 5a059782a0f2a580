// Runs once when a console process starts (Next.js instrumentation hook): background upkeep that no
// request triggers, in every instance (each task is safe to run in several at once).
const HOUR_MS = 3_600_000;

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { runEvery } = await import("@/lib/run-every");
  const { env } = await import("@/lib/config/env");
  const { markInterruptedCallbacks } = await import("@/lib/callbacks/mark-interrupted-callbacks");
  const { applyRetention } = await import("@/lib/audit/apply-retention");
  const { vacuumEmbeddedDb } = await import("@/lib/vacuum-embedded-db");
  const dataCentres = await import("@/lib/data-centres/load-data-centres");
  // Before the first request: every accounts-server check reads the data-centre table from memory.
  const { errorFields, log } = await import("@/lib/log/logger");
  await dataCentres.seedDataCentres().catch((error) => log.error(errorFields(error), "loading the data centres failed"));
  runEvery("reloading the data centres", dataCentres.RELOAD_MS, dataCentres.loadDataCentres, dataCentres.RELOAD_MS);
  if (env().REFRESH_DATA_CENTRES_AT_START) {
    runEvery("refreshing the data centres from Zoho's serverinfo", HOUR_MS * 24, async () => {
      const [{ consoleJob }, { refreshDataCentres }] = await Promise.all([
        import("@/lib/data-centres/console-context"),
        import("@/lib/data-centres/refresh-data-centres"),
      ]);
      await refreshDataCentres(consoleJob("refresh-data-centres"), { source: "zoho" });
    });
  }
  // Webhook deliveries (issue 17): claims due outbox rows with FOR UPDATE SKIP LOCKED, safe in every instance.
  runEvery("webhook deliveries", 1_000, async () => (await import("@/lib/webhooks/delivery-worker")).deliveryTick(), 2_000);
  // Alerts whose cause is time passing (issue 17): stale grants, expiring keys, open rotations, failed callbacks.
  runEvery(
    "alert sweep",
    env().ALERT_SWEEP_SECONDS * 1000,
    async () => (await import("@/lib/webhooks/sweep-alerts")).alertSweepTick(),
    Math.min(env().ALERT_SWEEP_SECONDS * 1000, 30_000),
  );
  // Alert mail (issue 17), only with SMTP_URL: claims members with mail due (FOR UPDATE SKIP LOCKED), safe in every instance.
  if (env().SMTP_URL) {
    const every = env().ALERT_MAIL_INTERVAL_MS;
    runEvery("alert mail", every, async () => (await import("@/lib/alerts/mail/alert-mail-worker")).alertMailTick(), every);
  }
  // A callback only counts as interrupted once it is older than any live one can be.
  runEvery("marking interrupted callbacks", 15_000, markInterruptedCallbacks);
  runEvery("callback upkeep (refusal counts, folded failures, orphan expiry)", 10_000, async () =>
    (await import("@/lib/callbacks/callback-upkeep")).runCallbackUpkeep(),
  );
  runEvery("audit retention", HOUR_MS, applyRetention, 60_000);
  // The inventory's scope and per-user counts (lib/grants/count-grant-scopes.ts, rank-zoho-users.ts): their +1/-1 rows folded into sums.
  runEvery("folding the scope tallies", 60_000, async () => (await import("@/lib/grants/count-grant-scopes")).foldScopeTallies());
  runEvery("folding the user tallies", 60_000, async () => (await import("@/lib/grants/rank-zoho-users")).foldUserTallies());
  // The audit chains, for the metrics (audit_chains_broken): first ten minutes after start.
  if (env().AUDIT_CHECK_HOURS > 0)
    runEvery(
      "audit chain check",
      HOUR_MS * env().AUDIT_CHECK_HOURS,
      async () => (await import("@/lib/audit/check-all-chains")).checkAllChains(),
      600_000,
    );
  // At start too: a restored or imported database is planned well from its first request.
  if (env().embedded) runEvery("VACUUM ANALYZE", HOUR_MS, vacuumEmbeddedDb);
}

// Errors no handler caught, logged with the request's id and the digest an error page shows (lib/log/log-request-error.ts).
export async function onRequestError(...args: Parameters<typeof import("@/lib/log/log-request-error").logRequestError>) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("@/lib/log/log-request-error");
  await logRequestError(...args);
}
