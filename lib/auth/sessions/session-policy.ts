// How long a sign-in lasts (issue 11, section 5: a captured cookie used to work for 7 days).
//  - idle: a browser unused for 8 hours is signed out (a working day away ends the session);
//  - absolute: 24 hours after signing in, whatever the activity (the cookie's own lifetime too).
// Each request slides the idle window; the row is written at most every 5 minutes, not per request.
export const SESSION_IDLE_SECONDS = 8 * 3600;
export const SESSION_MAX_SECONDS = 24 * 3600;
export const SESSION_TOUCH_SECONDS = 5 * 60;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date };

/** "expired": sign out; "touch": valid, record that it was used now; "fresh": valid, nothing to write. */
export function sessionState({ createdAt, lastSeenAt }: SessionTimes, now = new Date()): "expired" | "touch" | "fresh" {
  const age = (now.getTime() - createdAt.getTime()) / 1000;
  const idle = (now.getTime() - lastSeenAt.getTime()) / 1000;
  if (age >= SESSION_MAX_SECONDS || idle >= SESSION_IDLE_SECONDS) return "expired";
  return idle >= SESSION_TOUCH_SECONDS ? "touch" : "fresh";
}
