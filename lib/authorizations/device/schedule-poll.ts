// When the console polls Zoho next, after an answer. Zoho sets the pace (the interval of its device-code
// answer); slow_down adds 5 seconds for this and every later poll (RFC 8628 §3.5; Zoho's polling page:
// "The device must maintain a request rate of only one request per [interval]"); Zoho's throttle answer
// ("Access Denied") waits a minute, as the console does for refreshes.
export type PollPace = "as_asked" | "slow_down" | "throttled";

export const SLOW_DOWN_STEP_S = 5;
const MAX_INTERVAL_S = 300;
const THROTTLE_WAIT_S = 60;

export function schedulePoll(answeredAt: Date, intervalSeconds: number, pace: PollPace): { intervalSeconds: number; nextPollAt: Date } {
  const interval = Math.min(MAX_INTERVAL_S, pace === "slow_down" ? intervalSeconds + SLOW_DOWN_STEP_S : intervalSeconds);
  const wait = pace === "throttled" ? Math.max(interval, THROTTLE_WAIT_S) : interval;
  return { intervalSeconds: interval, nextPollAt: new Date(answeredAt.getTime() + wait * 1000) };
}

/** Errors worth another poll later: the accounts server was down, slow, throttling or garbled. Others end the authorization. */
export function isPassingError(error: string, status: number): boolean {
  return (
    status === 0 ||
    status >= 500 ||
    ["unreachable", "timeout", "temporarily_unavailable", "internal_error", "unreadable_answer"].includes(error) ||
    isThrottled(error)
  );
}

// Zoho's throttle answer: {"error":"Access Denied","status":"failure",…}, never the access_denied of a refusal.
export const isThrottled = (error: string) => error === "Access Denied";
