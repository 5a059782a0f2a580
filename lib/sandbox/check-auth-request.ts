import "server-only";
import { db } from "@/lib/db";
import { LOCATIONS } from "@/lib/zoho/data-centres";

export type AuthParams = {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string | null;
  accessType: "online" | "offline";
  prompt: string | null;
};

export type AuthCheck =
  | { ok: true; params: AuthParams; clientName: string }
  | { ok: false; title: string; message: string };

const SCOPE = /^[A-Za-z][A-Za-z0-9]*\.[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;

// The checks Zoho makes before it shows a consent page. On failure Zoho shows its own error page and
// does NOT redirect: a redirect URI that was not registered must never receive anything.
export async function checkAuthRequest(location: string, query: URLSearchParams): Promise<AuthCheck> {
  if (!LOCATIONS.includes(location)) return { ok: false, title: "Unknown data centre", message: `There is no sandbox accounts server for "${location}".` };
  const clientId = query.get("client_id") ?? "";
  const client = clientId ? await db.sandboxClient.findUnique({ where: { clientId }, select: { name: true, redirectUris: true } }) : null;
  if (!client) return { ok: false, title: "Invalid Client", message: "No sandbox client has this client_id. Register one in the sandbox console." };
  if (query.get("response_type") !== "code") return { ok: false, title: "Invalid response type", message: "response_type must be the literal string code." };
  const redirectUri = query.get("redirect_uri") ?? "";
  if (!client.redirectUris.includes(redirectUri)) {
    return { ok: false, title: "Invalid Redirect Uri", message: `"${redirectUri.slice(0, 200)}" is not registered for this client. Zoho compares redirect URIs as exact strings (scheme, host, port, path and trailing slash).` };
  }
  const scopes = (query.get("scope") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (scopes.length === 0) return { ok: false, title: "Invalid scope", message: "The scope parameter is missing. Join several scopes with commas." };
  const bad = scopes.find((s) => !SCOPE.test(s));
  if (bad) return { ok: false, title: "Invalid scope", message: `"${bad.slice(0, 100)}" is not a scope (Service.scope.OPERATION, joined with commas, not spaces).` };
  const accessType = query.get("access_type") ?? "online";
  if (accessType !== "online" && accessType !== "offline") return { ok: false, title: "Invalid access type", message: "access_type is online or offline." };
  return {
    ok: true,
    clientName: client.name,
    params: { clientId, redirectUri, scopes, state: query.get("state"), accessType, prompt: query.get("prompt") },
  };
}

/** Zoho's redirect back: the redirect URI with the answer appended to its own query string. */
export function redirectBack(redirectUri: string, answer: Record<string, string | null>): Response {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(answer)) if (value !== null) url.searchParams.set(key, value);
  return new Response(null, { status: 302, headers: { location: url.toString(), "cache-control": "no-store" } });
}
