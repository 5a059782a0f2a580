// Callback parameters as stored and shown: grant codes and anything token-like never in the clear;
// the state only by its last characters (its hash is what the console keeps).
const SECRET_KEYS = /code|token|secret|password/i;

export function redactParams(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key === "state") out[key] = value.length > 8 ? `…${value.slice(-4).toWellFormed()}` : "[redacted]";
    else if (SECRET_KEYS.test(key)) out[key] = `[redacted, ${value.length} characters]`;
    // toWellFormed: a cut through a surrogate pair (an emoji) would leave JSON PostgreSQL refuses.
    else out[key] = value.slice(0, 500).toWellFormed();
  }
  return out;
}
