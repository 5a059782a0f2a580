// Hostile input for the fuzz suite, from a seeded PRNG: the same seed gives the same cases, so a
// failure names its seed and case number and replays exactly (FUZZ_SEED=… npm run test:integration).

import type { Prng } from "../prng";

// Markers no page may echo unescaped (an XSS that got through would show them raw).
export const XSS = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "<svg/onload=alert(1)>"] as const;

/** Short hostile strings: injection, encodings, unicode edge cases, control characters, look-alike URLs. */
export const HOSTILE = [
  "",
  " ",
  "\t",
  "\u0000",
  "a\u0000b",
  "\u0000".repeat(8),
  "\r\nSet-Cookie: fuzz=1",
  "\u0007\u001b[31m",
  ...XSS,
  "javascript:alert(1)",
  "data:text/html,<h1>x</h1>",
  "' OR '1'='1",
  '1; DROP TABLE "User"; --',
  "\\",
  "\\\\server\\share",
  "../../../../etc/passwd",
  "%00",
  "%ff%fe",
  "%",
  "%%",
  "%zz",
  '{"$gt":""}',
  "__proto__",
  "constructor",
  "[object Object]",
  "undefined",
  "null",
  "NaN",
  "-1",
  "0",
  "1e308",
  "-0",
  "99999999999999999999",
  "${7*7}",
  "{{7*7}}",
  "%s%s%s%n",
  "\uFEFF",
  "\u202Eevil\u202C",
  "e\u0301\u0301\u0301",
  "𝕳𝖊𝖑𝖑𝖔",
  "🦄🔥",
  "日本語のテキスト",
  "\uFFFF\uFFFE",
  "\uD800",
  "\uDFFF",
  "https://evil.example/",
  "//evil.example",
  "/\\evil.example",
  "http://127.0.0.1:1/",
  "https://accounts.zoho.com.evil.example",
  "us",
  "eu",
  "in",
  "au",
  "jp",
  "ca",
  "sa",
  "uk",
  "cn",
  "US",
  "xx",
  "1000.",
  "1000.abc.def",
] as const;

/** A string of `length` characters built from hostile pieces (oversized input). */
export function long(r: Prng, length: number): string {
  let s = "";
  while (s.length < length) s += r.pick(HOSTILE) + r.pick(["A", "é", "🦄", "\u0000", "<", "&"]);
  return s.slice(0, length);
}

/** A hostile value: mostly short ones, sometimes oversized (up to `max` characters). */
export function hostile(r: Prng, max = 10_000): string {
  const roll = r.next();
  if (roll < 0.75) return r.pick(HOSTILE);
  if (roll < 0.9) return long(r, 200 + r.int(1800));
  return long(r, Math.min(max, 2_000 + r.int(max)));
}

/** A query string that may be malformed on purpose: raw `%` sequences, repeated keys, odd separators. */
export function rawQuery(r: Prng, pairs: [string, string][]): string {
  const parts = pairs.map(([k, v]) => {
    const enc = r.chance(0.85);
    return enc ? `${encodeUtf8(k)}=${encodeUtf8(v)}` : `${k}=${v}`.replace(/[\s#]/g, "+").replace(/[^\x21-\x7e]/g, (c) => encodeUtf8(c));
  });
  const separator = r.pick(["&", "&", "&", "&&", ";", "&amp;"]);
  return parts.join(separator) + (r.chance(0.05) ? r.pick(["&", "=", "&=&", "%", "%e2%82"]) : "");
}

// encodeURIComponent throws on lone surrogates; a browser would send U+FFFD.
const encodeUtf8 = (s: string) => encodeURIComponent(s.toWellFormed());

/** Text in an answer that means an internal error leaked out (a stack trace, a driver message). */
export const INTERNAL_TEXT =
  /\n\s+at [\w.<>$]+ \(|node_modules\/|PrismaClient|Invalid `\w+\.\w+\(\)` invocation|invalid byte sequence for encoding|digest:\s*"|Internal Server Error|Application error: a server-side exception/;
