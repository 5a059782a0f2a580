// Zoho matches redirect URIs as exact strings; these are the checks worth making before registering one.
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
const UNSAFE_SCHEMES = new Set(["javascript:", "data:", "file:", "vbscript:", "blob:", "about:"]);

type Options = { allowHttp?: boolean; allowCustomScheme?: boolean };

export function validateRedirectUri(value: string, { allowHttp = false, allowCustomScheme = false }: Options = {}): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not an absolute URL (https://…)`;
  }
  if (value.includes("#")) return `"${value}" must not contain a fragment (#…)`;
  const web = url.protocol === "https:" || url.protocol === "http:";
  if (!web) {
    const appScheme = allowCustomScheme && /^[a-z][a-z0-9+.-]*:$/.test(url.protocol) && !UNSAFE_SCHEMES.has(url.protocol);
    return appScheme ? null : `"${value}" must use https${allowCustomScheme ? " or the app's own scheme" : ""}`;
  }
  if (url.protocol === "http:" && !allowHttp && !LOOPBACK.has(url.hostname)) {
    return `"${value}" must use https (http is only allowed for localhost)`;
  }
  if (url.username || url.password) return `"${value}" must not contain a user name or password`;
  return null;
}

/** Near-duplicates that Zoho treats as different URIs: the usual cause of "Invalid Redirect Uri". */
export function redirectUriWarnings(uris: string[]): string[] {
  const warnings: string[] = [];
  const parsed = uris.flatMap((uri) => {
    try {
      return [{ uri, url: new URL(uri) }];
    } catch {
      return [];
    }
  });
  for (let i = 0; i < parsed.length; i++) {
    for (let j = i + 1; j < parsed.length; j++) {
      const a = parsed[i].url;
      const b = parsed[j].url;
      const trim = (p: string) => p.replace(/\/+$/, "");
      if (
        a.protocol === b.protocol &&
        a.host === b.host &&
        a.pathname !== b.pathname &&
        trim(a.pathname) === trim(b.pathname) &&
        a.search === b.search
      ) {
        warnings.push(`${parsed[i].uri} and ${parsed[j].uri} differ only by a trailing slash: Zoho treats them as different URIs.`);
      } else if (a.protocol === b.protocol && a.hostname === b.hostname && a.port !== b.port && a.pathname === b.pathname) {
        warnings.push(`${parsed[i].uri} and ${parsed[j].uri} differ only by port: make sure each is registered at Zoho.`);
      } else if (a.protocol !== b.protocol && a.host === b.host && a.pathname === b.pathname) {
        warnings.push(`${parsed[i].uri} and ${parsed[j].uri} differ only by http/https.`);
      }
    }
  }
  return warnings;
}
