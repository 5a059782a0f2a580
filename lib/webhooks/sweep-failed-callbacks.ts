import "server-only";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { OUTCOME_DESCRIPTIONS, OUTCOMES, type Outcome } from "@/lib/callbacks/outcomes";
import { CALLBACK_WINDOW_MS, callbackWindows, failedCallbacksKey } from "./alert-rules";
import { emitNewAlerts } from "./emit-new-alerts";

/**
 * The outcomes alerted as failed callbacks: every way a callback ends without a grant, except two where
 * nothing went wrong — `no_secret` (a client kept without its secret on purpose: its app exchanges the code
 * itself) and `state_reused` (a reload or a double redirect; the first callback was recorded). Callbacks that
 * reached no workspace (unknown state, unknown callback path) have no one to alert: they are left out too.
 */
export const ALERTED_OUTCOMES = OUTCOMES.filter(
  (o): o is Outcome => !["received", "grant_created", "no_secret", "state_reused"].includes(o),
);

type Row = { workspaceId: string; clientId: string | null; outcome: Outcome; error: string | null; bucket: number; n: number };
type Window = {
  workspaceId: string;
  clientId: string | null;
  start: Date;
  total: number;
  outcomes: Map<Outcome, number>;
  errors: Map<string, number>;
};

/**
 * `callback.failed` (issue 17), batched: at most one alert per client per 10-minute window, with the count,
 * once the window is over (alert-rules.ts: clock-aligned windows, a short grace, an hour of look-back). One
 * grouped read of the last hour's failed callbacks on the (outcome, receivedAt) index.
 */
export async function sweepFailedCallbacks(db: Db, now: Date): Promise<number> {
  const { from, to } = callbackWindows(now);
  const outcomes = Prisma.join(ALERTED_OUTCOMES.map((o) => Prisma.sql`${o}::"CallbackOutcome"`));
  const rows = await db.$queryRaw<Row[]>`
    SELECT "workspaceId", "clientId", "outcome", "error",
      floor(extract(epoch FROM "receivedAt") / ${Prisma.raw(String(CALLBACK_WINDOW_MS / 1000))})::int AS bucket, count(*)::int AS n
    FROM "CallbackEvent"
    WHERE "outcome" IN (${outcomes}) AND "receivedAt" >= ${from} AND "receivedAt" < ${to} AND "workspaceId" IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5`;
  if (rows.length === 0) return 0;
  const windows = new Map<string, Window>();
  for (const r of rows) {
    const key = `${r.workspaceId} ${r.clientId} ${r.bucket}`;
    const w = windows.get(key) ?? {
      workspaceId: r.workspaceId,
      clientId: r.clientId,
      start: new Date(r.bucket * CALLBACK_WINDOW_MS),
      total: 0,
      outcomes: new Map(),
      errors: new Map(),
    };
    w.total += r.n;
    w.outcomes.set(r.outcome, (w.outcomes.get(r.outcome) ?? 0) + r.n);
    if (r.error) w.errors.set(r.error, (w.errors.get(r.error) ?? 0) + r.n);
    windows.set(key, w);
  }
  const clientIds = [...new Set(rows.flatMap((r) => (r.clientId ? [r.clientId] : [])))];
  const clients = new Map(
    (await db.oAuthClient.findMany({ where: { id: { in: clientIds } }, select: { id: true, name: true } })).map((c) => [c.id, c]),
  );
  return emitNewAlerts(
    db,
    [...windows.values()].map((w) => {
      const client = w.clientId ? clients.get(w.clientId) : undefined;
      const end = new Date(w.start.getTime() + CALLBACK_WINDOW_MS);
      const how = [...w.outcomes]
        .sort((a, b) => b[1] - a[1])
        .map(([o, n]) => `${n} × ${OUTCOME_DESCRIPTIONS[o].title.toLowerCase()} (${o})`)
        .join(", ");
      const zohoError = [...w.errors].sort((a, b) => b[1] - a[1])[0]?.[0].slice(0, 200) ?? null;
      return {
        workspaceId: w.workspaceId,
        dedupeKey: failedCallbacksKey(w.clientId, w.start),
        event: {
          type: "callback.failed" as const,
          page: client ? `callbacks?client=${client.id}` : "callbacks",
          ...(client && { client: { id: client.id, label: client.name } }),
          zohoError,
          reason: `${w.total} callback${w.total === 1 ? "" : "s"} failed between ${w.start.toISOString()} and ${end.toISOString()}: ${how}.`,
          occurredAt: end,
        },
      };
    }),
  );
}
