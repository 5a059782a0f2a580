import { redactParams } from "@/lib/callbacks/redact-params";

// The debugger's first step: what did the user paste? Pure and total — any text gets an answer,
// garbage a reason a person can act on. Runs in the browser on every keystroke.

export type DebugLevel = "error" | "warning" | "info";
export type DebugFinding = { id: string; level: DebugLevel; message: string; fix: string };
/** One parameter as shown: `value` is safe to display (codes, tokens and states redacted); `copy` is null when redacted. */
export type DebugParam = { name: string; value: string; copy: string | null; explanation: string; known: boolean };

export type Classified =
  | { kind: "empty" }
  | { kind: "auth-url"; url: URL; notes: string[] }
  | { kind: "redirect-url"; url: URL; notes: string[] }
  | { kind: "token-answer"; json: Record<string, unknown>; notes: string[] }
  | { kind: "unknown"; reason: string; notes: string[] };
export type InputKind = Classified["kind"];

export const KIND_LABELS: Record<InputKind, string> = {
  empty: "Nothing pasted yet",
  "auth-url": "Authorization URL",
  "redirect-url": "Redirect (callback) URL",
  "token-answer": "Token endpoint answer",
  unknown: "Not recognised",
};

const MAX_LENGTH = 20_000;
const AUTH_PATH = /\/oauth\/v2\/(org\/)?auth\/?$/;
const TOKEN_PATH = /\/oauth\/v[23]\/token(\/revoke)?\/?$/;
const REDIRECT_KEYS = ["code", "error", "state", "location", "accounts-server"];
const FRAGMENT_KEYS = [...REDIRECT_KEYS, "access_token"];
const WRAPPERS: Record<string, string> = { '"': '"', "'": "'", "`": "`", "<": ">" };
const HOST_WITHOUT_SCHEME = /^(localhost|127\.0\.0\.1|\[[0-9a-f:]+\]|[a-z0-9-]+(\.[a-z0-9-]+)+)(:\d+)?([/?#]|$)/i;
const HTML_AMP = /&amp;|&#0*38;|&#x0*26;/i;

export function classifyInput(raw: string): Classified {
  const notes: string[] = [];
  let text = raw.trim();
  if (!text) return { kind: "empty" };
  if (text.length > MAX_LENGTH)
    return unknown(
      `The text is ${text.length.toLocaleString("en")} characters long; a URL or a token answer is far shorter. Paste just one of them.`,
      notes,
    );
  const close = WRAPPERS[text[0]];
  if (close && text.length > 1 && text.endsWith(close)) {
    text = text.slice(1, -1).trim();
    notes.push("Removed the quotes or brackets around the text.");
  }
  if (/^[[{]/.test(text)) return classifyJson(text, notes);
  const body = /\n\s*\{/.exec(text);
  if (body && /^HTTP\/[\d.]+ \d{3}/i.test(text)) {
    notes.push("Read the JSON body after the HTTP headers.");
    return classifyJson(text.slice(body.index).trim(), notes);
  }
  return classifyUrl(text, notes);
}

/** The parameters a redirect carries: the query, or the fragment (#…) when the query has none. */
export function redirectParams(url: URL): { params: URLSearchParams; fromFragment: boolean } {
  if (REDIRECT_KEYS.some((k) => url.searchParams.has(k)) || !url.hash) return { params: url.searchParams, fromFragment: false };
  const fragment = new URLSearchParams(url.hash.slice(1));
  return FRAGMENT_KEYS.some((k) => fragment.has(k))
    ? { params: fragment, fromFragment: true }
    : { params: url.searchParams, fromFragment: false };
}

// Keys that look secret to redactParams but are public in an authorization URL.
const PUBLIC_KEYS = new Set(["code_challenge", "code_challenge_method", "token_type"]);

/** A parameter value as the debugger may show it: the same rules as stored callbacks (redactParams). */
export function shownValue(name: string, value: string): { value: string; copy: string | null } {
  if (PUBLIC_KEYS.has(name)) return { value: value.slice(0, 500), copy: value };
  const shown = redactParams(new URLSearchParams([[name, value]]))[name];
  return shown === value.slice(0, 500) ? { value: shown, copy: value } : { value: shown, copy: null };
}

function unknown(reason: string, notes: string[]): Classified {
  return { kind: "unknown", reason, notes };
}

function classifyJson(text: string, notes: string[]): Classified {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : "it is not valid JSON";
    return unknown(`This looks like JSON but does not parse (${why}). Paste the token endpoint's answer exactly as it came.`, notes);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return unknown('This is JSON, but not an object: a token endpoint answer looks like {"access_token": …} or {"error": …}.', notes);
  }
  const json = parsed as Record<string, unknown>;
  if ("access_token" in json || "error" in json) return { kind: "token-answer", json, notes };
  if (json.status === "success")
    return unknown('That is the answer to a revoke call ({"status":"success"}): the token was revoked. Nothing to debug.', notes);
  const keys = Object.keys(json)
    .slice(0, 8)
    .map((k) => k.slice(0, 40));
  return unknown(
    `This JSON has neither access_token nor error${keys.length ? ` (its keys: ${keys.join(", ")})` : ""}, so it is not a token endpoint answer.`,
    notes,
  );
}

function classifyUrl(input: string, notes: string[]): Classified {
  let text = input.replace(/^(?:location:|GET|POST)\s+/i, "");
  if (/[\r\n]/.test(text)) {
    text = text.replace(/\s*[\r\n]+\s*/g, "");
    notes.push("Joined the lines: the URL was wrapped.");
  }
  if (/^https?%3A%2F%2F/i.test(text)) {
    try {
      text = decodeURIComponent(text);
      notes.push("Decoded the URL: it was percent-encoded as a whole.");
    } catch {
      return unknown("The URL is percent-encoded as a whole and does not decode. Copy it again from the browser's address bar.", notes);
    }
  }
  if (HTML_AMP.test(text)) {
    text = text.replace(new RegExp(HTML_AMP.source, "gi"), "&");
    notes.push("Replaced &amp; with &: the URL was HTML-escaped.");
  }
  if (text.startsWith("//")) {
    text = `https:${text}`;
    notes.push("Added https: to the scheme-relative URL.");
  } else if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    if (HOST_WITHOUT_SCHEME.test(text)) {
      const scheme = /^(localhost|127\.0\.0\.1|\[)/i.test(text) ? "http" : "https";
      text = `${scheme}://${text}`;
      notes.push(`Added ${scheme}:// in front: the text had no scheme.`);
    } else if (/^[?#]?[\w-]+=[^&\s]*(&|$)/.test(text)) {
      return unknown("This is only a query string. Paste the whole URL, from https:// on, so the debugger can see where it points.", notes);
    } else {
      return unknown(
        "This is neither a URL nor a JSON token answer. Paste an authorization URL (…/oauth/v2/auth?…), the URL Zoho redirected to (…?code=…&location=…), or the JSON the token endpoint answered.",
        notes,
      );
    }
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return unknown("This looks like a URL but does not parse: check the host for spaces or stray characters, and copy it again.", notes);
  }
  if (AUTH_PATH.test(url.pathname)) return { kind: "auth-url", url, notes };
  if (TOKEN_PATH.test(url.pathname)) {
    return unknown(
      "This is a token endpoint URL (…/oauth/v2/token): a request, not an answer. It may hold a code and the client secret — do not share it. Paste the JSON it answered instead.",
      notes,
    );
  }
  if (REDIRECT_KEYS.some((k) => url.searchParams.has(k)) || redirectParams(url).fromFragment) return { kind: "redirect-url", url, notes };
  if (/^accounts\.zoho|^accounts\.zohocloud\./i.test(url.hostname)) {
    return unknown(
      `An accounts server URL, but its path is ${url.pathname.slice(0, 80)}: an authorization URL uses /oauth/v2/auth (or /oauth/v2/org/auth).`,
      notes,
    );
  }
  return unknown(
    "A URL, but not one the debugger knows: its path is not /oauth/v2/auth, and it has none of code, error, state, location or accounts-server.",
    notes,
  );
}
