import { z } from "zod";

// Input as it may be stored: PostgreSQL text cannot hold a NUL character, so each becomes U+FFFD
// (visible in the record, and seen by validation) instead of failing the write — and with it the
// callback or the form.
export const withoutNul = (s: string) => s.replaceAll("\u0000", "\uFFFD");

export function paramsWithoutNul(params: URLSearchParams): URLSearchParams {
  return new URLSearchParams([...params].map(([k, v]) => [withoutNul(k), withoutNul(v)]));
}

/**
 * A query string's filters, NUL-safe: the schema sees each NUL as U+FFFD, so a filter with a NUL
 * matches nothing (nothing stored holds a NUL) and the page or feed answers with an empty result,
 * instead of the query failing in PostgreSQL with a 500. Wrap every filter schema with it.
 */
export function nulSafeFilters<T extends z.ZodType>(schema: T) {
  return z.preprocess((input) => {
    if (!input || typeof input !== "object") return input;
    return Object.fromEntries(
      Object.entries(input).map(([k, v]) => [
        k,
        typeof v === "string" ? withoutNul(v) : Array.isArray(v) ? v.map((x) => (typeof x === "string" ? withoutNul(x) : x)) : v,
      ]),
    );
  }, schema);
}
