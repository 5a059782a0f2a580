// Zoho matches redirect URIs as exact strings; these are the checks worth making before registering one.
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function validateRedirectUri(value: string, { allowHttp = false } = {}): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not an absolute URL (https://…)`;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return `"${value}" must use https`;
  if (url.protocol === "http:" && !allowHttp && !LOOPBACK.has(url.hostname)) {
    return `"${value}" must use https (http is only allowed for localhost)`;
  }
  if (value.includes("#")) return `"${value}" must not contain a fragment (#…)`;
  if (url.username || url.password) return `"${value}" must not contain a user name or password`;
  return null;
}
