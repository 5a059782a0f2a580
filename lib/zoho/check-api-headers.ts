// The headers a user may add to a runner request. The console sets Authorization itself
// (`Zoho-oauthtoken <access token>`, docs/zoho.md "Token endpoint"; Zoho Desk's "All Zoho Desk APIs
// require … Authorization", https://desk.zoho.com/DeskAPIDocument); the HTTP client owns framing and
// hop-by-hop headers (RFC 9110 §7.6.1; RFC 9112 §6, §9.6); nothing typed may claim a host, a client
// address, a cookie or a proxy. Product headers such as Desk's `orgId` or Books' `X-com-zoho-…` pass.

export const MAX_HEADERS = 30;
export const MAX_HEADER_NAME = 100;
export const MAX_HEADER_VALUE = 4_096;
export const MAX_HEADER_BYTES = 16 * 1024;

export type HeaderRefusal = { index: number; name: string; reason: string };

// RFC 9110 §5.1: a field name is a token.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HOP_BY_HOP = "is managed by the console's HTTP client (a connection or framing header), so it cannot be set.";
const CLAIMS = "would claim a client address or host for the request, so it cannot be set.";

const REFUSED: Record<string, string> = {
  authorization: "The console sets Authorization itself, with a fresh access token (Zoho-oauthtoken …).",
  cookie: "Cookies are never sent: Zoho's APIs take the access token only.",
  host: "The host is always the grant's own, so Host cannot be set.",
  "content-length": "The console works out Content-Length from the body.",
  "transfer-encoding": `Transfer-Encoding ${HOP_BY_HOP}`,
  connection: `Connection ${HOP_BY_HOP}`,
  "keep-alive": `Keep-Alive ${HOP_BY_HOP}`,
  te: `TE ${HOP_BY_HOP}`,
  trailer: `Trailer ${HOP_BY_HOP}`,
  upgrade: `Upgrade ${HOP_BY_HOP}`,
  expect: `Expect ${HOP_BY_HOP}`,
  "http2-settings": `HTTP2-Settings ${HOP_BY_HOP}`,
  forwarded: `Forwarded ${CLAIMS}`,
  "x-forwarded-for": `X-Forwarded-For ${CLAIMS}`,
  "x-forwarded-host": `X-Forwarded-Host ${CLAIMS}`,
  "x-forwarded-proto": `X-Forwarded-Proto ${CLAIMS}`,
  "x-forwarded-port": `X-Forwarded-Port ${CLAIMS}`,
  "x-real-ip": `X-Real-IP ${CLAIMS}`,
};

/** Every refusal among the typed headers, each with its row index (for the form's field errors); none: they may be sent. */
export function checkApiHeaders(headers: [string, string][]): HeaderRefusal[] {
  const refusals: HeaderRefusal[] = [];
  const seen = new Set<string>();
  let bytes = 0;
  headers.forEach(([name, value], index) => {
    const refuse = (reason: string) => refusals.push({ index, name, reason });
    if (index === MAX_HEADERS) refuse(`At most ${MAX_HEADERS} headers may be added.`);
    if (index >= MAX_HEADERS) return;
    const key = name.trim().toLowerCase();
    if (key === "") return refuse("A header has no name.");
    if (name.length > MAX_HEADER_NAME) return refuse(`A header name is at most ${MAX_HEADER_NAME} characters long.`);
    if (!TOKEN.test(name))
      return refuse(`${JSON.stringify(name.slice(0, 40))} is not a header name: use letters, digits and - (no spaces or colons).`);
    const refused = REFUSED[key] ?? (key.startsWith("proxy-") ? `${name} is a proxy header, so it cannot be set.` : null);
    if (refused) return refuse(refused);
    if (seen.has(key)) return refuse(`${name} is given twice.`);
    seen.add(key);
    if (value.length > MAX_HEADER_VALUE)
      return refuse(`The value of ${name} is longer than ${MAX_HEADER_VALUE.toLocaleString("en")} characters.`);
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value))
      return refuse(`The value of ${name} contains a control character (such as a line break).`);
    if (/[^\u0009\u0020-\u007e]/.test(value)) return refuse(`The value of ${name} contains a non-ASCII character.`);
    bytes += name.length + value.length + 4;
    if (bytes > MAX_HEADER_BYTES) refuse(`The headers add up to more than ${MAX_HEADER_BYTES / 1024} KB.`);
  });
  return refusals;
}
