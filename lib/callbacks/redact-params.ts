// Callback parameters as stored and shown: grant codes and anything token-like never in the clear;
// the state only by its last characters (its hash is what the console keeps). Bounded whatever
// arrives: Zoho sends at most half a dozen short parameters, so more, or longer, is cut — visibly.
const SECRET_KEYS = /code|token|secret|password/i;
export const MAX_PARAMS = 20;
export const MAX_KEY = 64;
export const MAX_VALUE = 500;
/** Characters of keys and values together; a stored callback stays a few KB however long its URL. */
export const MAX_TOTAL = 4_000;
/** The key under which dropped parameters are reported. */
export const TRUNCATED_KEY = "[truncated]";

// toWellFormed: a cut through a surrogate pair (an emoji) would leave JSON PostgreSQL refuses.
const cut = (s: string, max: number) => (s.length > max ? `${s.slice(0, max).toWellFormed()}… [${s.length - max} more characters]` : s);

export function redactParams(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  let total = 0;
  let dropped = 0;
  for (const [rawKey, value] of params) {
    const key = cut(rawKey, MAX_KEY);
    const shown =
      key === "state"
        ? value.length > 8
          ? `…${value.slice(-4).toWellFormed()}`
          : "[redacted]"
        : SECRET_KEYS.test(rawKey)
          ? `[redacted, ${value.length} characters]`
          : cut(value, MAX_VALUE);
    // A repeated name keeps its first value: the one the callback handler reads (URLSearchParams.get).
    if (key in out || Object.keys(out).length >= MAX_PARAMS || total + key.length + shown.length > MAX_TOTAL) {
      dropped++;
      continue;
    }
    out[key] = shown;
    total += key.length + shown.length;
  }
  if (dropped)
    out[TRUNCATED_KEY] =
      `${dropped} more parameter${dropped === 1 ? "" : "s"} not stored (repeated, or beyond ${MAX_PARAMS} parameters or ${MAX_TOTAL} characters)`;
  return out;
}
