// What a user may type after a base URL in the request runner: a path that can only ever stay under
// that base, and query pairs. The checks run on the raw text BEFORE any URL parsing (a URL parser
// "helpfully" resolves `..`, folds `\` into `/`, drops credentials before `@`); api-target.ts checks the
// parsed result again. Each refusal names its rule and says in plain words what is wrong.
//
// Allowed path characters: RFC 3986 pchar (unreserved, sub-delims, ":") and "/", minus ";" (Tomcat-style
// path parameters: some Java servers read "..;" as "..") and "@" (read as credentials when a path is
// glued to a host); percent-escapes only for characters that cannot change the path's structure.

export const MAX_PATH_LENGTH = 2_000;
export const MAX_QUERY_PAIRS = 50;
export const MAX_QUERY_NAME = 200;
export const MAX_QUERY_VALUE = 4_000;

export type PathRefusal = { rule: string; reason: string };

const ALLOWED = /^[A-Za-z0-9\-._~!$&'()*+,=:/%]*$/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

// Percent-escapes of bytes that would change the path's structure once a server decodes them.
const ENCODED: Record<string, PathRefusal> = {
  "25": { rule: "double-encoded", reason: "The path contains %25, an encoded %: double encoding (such as %252e) is refused." },
  "2e": { rule: "encoded-dot", reason: "The path contains %2e, an encoded dot, which a server may read as a . or .. segment." },
  "2f": { rule: "encoded-slash", reason: "The path contains %2f, an encoded /, which a server may read as a segment break." },
  "5c": { rule: "encoded-backslash", reason: "The path contains %5c, an encoded backslash, which some servers read as /." },
  "40": { rule: "encoded-at", reason: "The path contains %40, an encoded @." },
  "3f": { rule: "encoded-question-mark", reason: "The path contains %3f, an encoded ?: put the query in the query fields." },
  "23": { rule: "encoded-hash", reason: "The path contains %23, an encoded #." },
  "3b": { rule: "encoded-semicolon", reason: "The path contains %3b, an encoded ;." },
};

const refuse = (rule: string, reason: string): PathRefusal => ({ rule, reason });

/** The path as it will be appended to the base (with a leading "/"), or why it is refused. */
export function checkApiPath(raw: unknown): { ok: true; path: string } | ({ ok: false } & PathRefusal) {
  const refusal = pathRefusal(raw);
  if (refusal) return { ok: false, ...refusal };
  const path = (raw as string).startsWith("/") ? (raw as string) : `/${raw as string}`;
  const segments = path.slice(1).split("/");
  // A trailing "/" is harmless (the last segment is empty); an empty segment anywhere else is "//".
  if (segments.slice(0, -1).some((s) => s === ""))
    return { ok: false, ...refuse("empty-segment", "The path contains // (an empty segment), which some servers read as another host.") };
  if (segments.some((s) => s === "." || s === ".."))
    return { ok: false, ...refuse("dot-segment", "The path contains a . or .. segment, which would climb out of the base.") };
  return { ok: true, path };
}

function pathRefusal(raw: unknown): PathRefusal | null {
  if (typeof raw !== "string" || raw === "") return refuse("empty", "Type the path after the base, e.g. /crm/v8/users.");
  if (raw.length > MAX_PATH_LENGTH)
    return refuse(
      "too-long",
      `The path is ${raw.length.toLocaleString("en")} characters long; at most ${MAX_PATH_LENGTH.toLocaleString("en")} are allowed.`,
    );
  if (CONTROL.test(raw)) return refuse("control", "The path contains a control character (such as a NUL, a tab or a line break).");
  if (/\s/.test(raw)) return refuse("whitespace", "The path contains a space or other blank character: percent-encode a space as %20.");
  if (SCHEME.test(raw))
    return refuse("absolute", "The path is a full address (it starts with a scheme such as https:): type only what comes after the base.");
  if (/^[/\\]{2}/.test(raw))
    return refuse("scheme-relative", "The path starts with // (or a backslash), which a URL reads as another host.");
  if (raw.includes("\\")) return refuse("backslash", "The path contains a backslash, which URL parsers read as /.");
  if (raw.includes("@")) return refuse("at-sign", "The path contains @, which a URL can read as a user name in front of a host.");
  if (raw.includes("?")) return refuse("query-in-path", "The path contains ?: put the query in the query fields instead.");
  if (raw.includes("#")) return refuse("fragment", "The path contains #, a fragment, which is never sent to a server.");
  if (/[^\x00-\x7f]/.test(raw))
    return refuse("non-ascii", "The path contains a non-ASCII character: percent-encode it (e.g. é as %C3%A9).");
  if (raw.includes(";")) return refuse("semicolon", "The path contains ;, which some servers read as path parameters (..; as ..).");
  const other = [...raw].find((c) => !ALLOWED.test(c));
  if (other)
    return refuse("character", `The path contains ${JSON.stringify(other)}, which is not allowed in a URL path: percent-encode it.`);
  if (/%(?![0-9a-fA-F]{2})/.test(raw)) return refuse("bad-escape", "The path contains a % that is not followed by two hex digits.");
  for (const [, hex] of raw.matchAll(/%([0-9a-fA-F]{2})/g)) {
    const byte = parseInt(hex, 16);
    if (byte < 0x20 || byte === 0x7f) return refuse("encoded-control", `The path contains %${hex}, an encoded control character.`);
    const known = ENCODED[hex.toLowerCase()];
    if (known) return known;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return refuse("bad-utf8", "The path's percent-escapes are not valid UTF-8 (such as %c0%ae, an overlong dot).");
  }
  if (CONTROL.test(decoded)) return refuse("encoded-control", "The path contains an encoded control character.");
  return null;
}

/** Query pairs as typed: a name and a value each, no control characters, within the limits. */
export function checkApiQuery(query: unknown): PathRefusal | null {
  if (!Array.isArray(query)) return refuse("query-shape", "The query must be a list of name and value pairs.");
  if (query.length > MAX_QUERY_PAIRS)
    return refuse("query-too-many", `The query has ${query.length} pairs; at most ${MAX_QUERY_PAIRS} are allowed.`);
  for (const pair of query) {
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== "string" || typeof pair[1] !== "string")
      return refuse("query-shape", "Each query pair has a name and a value.");
    const [name, value] = pair as [string, string];
    if (name.trim() === "") return refuse("query-name", "A query pair has no name.");
    if (name.length > MAX_QUERY_NAME)
      return refuse("query-too-long", `The query name ${JSON.stringify(name.slice(0, 40))}… is longer than ${MAX_QUERY_NAME} characters.`);
    if (value.length > MAX_QUERY_VALUE)
      return refuse(
        "query-too-long",
        `The value of ${JSON.stringify(name)} is longer than ${MAX_QUERY_VALUE.toLocaleString("en")} characters.`,
      );
    if (CONTROL.test(name) || CONTROL.test(value))
      return refuse(
        "query-control",
        `The query pair ${JSON.stringify(name.slice(0, 40))} contains a control character (such as a line break).`,
      );
  }
  return null;
}

/** The query string (without "?"), each name and value percent-encoded: nothing typed can add a pair or a fragment. */
export function encodeApiQuery(query: [string, string][]): string {
  return query.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join("&");
}
