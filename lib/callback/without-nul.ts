// Callback parameters as they may be stored: PostgreSQL text cannot hold a NUL character, so each
// becomes U+FFFD (visible in the record) instead of failing the record — and with it the callback.
export function withoutNul(params: URLSearchParams): URLSearchParams {
  const clean = (s: string) => s.replaceAll("\u0000", "\uFFFD");
  return new URLSearchParams([...params].map(([k, v]) => [clean(k), clean(v)]));
}
