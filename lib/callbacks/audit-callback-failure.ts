import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { sha256Hex } from "@/lib/crypto/tokens";
import type { Tx } from "@/lib/db";
import { closeFailureWindow, FAILURE_WINDOW_MS } from "./close-failure-windows";
import type { Outcome } from "./outcomes";

type Failure = {
  id: string;
  workspaceId: string;
  clientId: string | null;
  authRequestId: string | null;
  outcome: Outcome;
  error: string | null;
  ip: string | null;
  userAgent: string | null;
};

// A callback that reached a workspace and ended without a grant, as that workspace's audit event (a
// grant's own event records the successful ones), attributed to whoever started the authorization.
//
// The trail is append-only and hash-chained, so repeats are folded BEFORE anything is written: the
// first failure with the same client, authorization, outcome and error opens a 10-minute window and is
// audited at once; identical ones inside the window only count up in CallbackFailureWindow, and when
// the window closes (close-failure-windows.ts) their number is audited as one event. A flood of
// identical failures costs the trail two events per window, while each authorization someone started
// keeps its own event (its id is part of what must be identical).
export async function auditCallbackFailure(tx: Tx, c: Failure, now = new Date()) {
  const error = c.error?.slice(0, 200) ?? null;
  const window = { workspaceId: c.workspaceId, clientId: c.clientId, authRequestId: c.authRequestId, outcome: c.outcome, error };
  if (!(await opensWindow(tx, window, now))) return;
  const startedBy = c.authRequestId ? await tx.authRequest.findUnique({ where: { id: c.authRequestId }, select: { userId: true } }) : null;
  await recordAuditEvent(tx, {
    workspaceId: c.workspaceId,
    actorId: startedBy?.userId ?? null,
    action: "callback.failed",
    targetType: "callback",
    targetId: c.id,
    data: { clientId: c.clientId, outcome: c.outcome, error },
    ip: c.ip,
    userAgent: c.userAgent,
  });
}

type Window = { workspaceId: string; clientId: string | null; authRequestId: string | null; outcome: Outcome; error: string | null };

/** True when this failure opens a window (audit it now); false when it was counted in an open one. */
async function opensWindow(tx: Tx, w: Window, now: Date): Promise<boolean> {
  const key = sha256Hex(JSON.stringify([w.workspaceId, w.clientId, w.authRequestId, w.outcome, w.error]));
  const openedAfter = new Date(now.getTime() - FAILURE_WINDOW_MS);
  // One statement, so racing failures (several instances) open the window once and count the rest.
  const counted = await tx.$queryRaw<{ folded: number }[]>`
    INSERT INTO "CallbackFailureWindow" ("key", "workspaceId", "clientId", "authRequestId", "outcome", "error", "openedAt", "lastAt", "folded")
    VALUES (${key}, ${w.workspaceId}, ${w.clientId}, ${w.authRequestId}, ${w.outcome}::"CallbackOutcome", ${w.error}, ${now}, ${now}, 0)
    ON CONFLICT ("key") DO UPDATE SET "folded" = "CallbackFailureWindow"."folded" + 1, "lastAt" = EXCLUDED."lastAt"
    WHERE "CallbackFailureWindow"."openedAt" > ${openedAfter}
    RETURNING "folded"`;
  if (counted.length) return counted[0].folded === 0;
  // The window is over but the upkeep has not closed it yet: close it here, then open a new one.
  await closeFailureWindow(tx, key, openedAfter);
  await tx.callbackFailureWindow.create({ data: { key, ...w, openedAt: now, lastAt: now } });
  return true;
}
