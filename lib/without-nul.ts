// Input as it may be stored: PostgreSQL text cannot hold a NUL character, so each becomes U+FFFD
// (visible in the record, and seen by validation) instead of failing the write — and with it the
// callback or the form.
export const withoutNul = (s: string) => s.replaceAll("\u0000", "\uFFFD");

export function paramsWithoutNul(params: URLSearchParams): URLSearchParams {
  return new URLSearchParams([...params].map(([k, v]) => [withoutNul(k), withoutNul(v)]));
}
