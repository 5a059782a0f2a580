import "server-only";
import { db } from "@/lib/db";
import { checkScopeParam } from "@/lib/zoho/scope-grammar";

export type AuthParams = {
  clientId: string;
  clientName: string;
  redirectUri: string;
  scopes: string[];
  state: string | null;
  accessType: "online" | "offline";
  prompt: string | null;
  codeChallenge: string | null;
  codeChallengeMethod: "S256" | "plain" | null;
};

export type AuthCheck = { ok: true; params: AuthParams } | { ok: false; status: number; title: string; message: string };

const fail = (title: string, message: string): AuthCheck => ({ ok: false, status: 400, title, message });
const PKCE_CHALLENGE = /^[A-Za-z0-9._~-]{43,128}$/;

// The checks Zoho makes before it shows a consent page, made again on Accept / Reject (hidden form
// fields are never trusted). Failures are Zoho's own error pages: nothing is redirected anywhere
// until the redirect URI is known to be registered for the client.
export async function checkAuthRequest(query: URLSearchParams): Promise<AuthCheck> {
  const clientId = query.get("client_id")?.trim() ?? "";
  const client =
    clientId && clientId.length <= 100
      ? await db.sandboxClient.findUnique({ where: { clientId }, select: { name: true, redirectUris: true } })
      : null;
  if (!client) {
    return fail(
      "Invalid Client",
      clientId
        ? "Client ID passed does not exist. Register the client in the sandbox API console (/sandbox/console)."
        : "The client_id parameter is missing.",
    );
  }

  const redirectUri = query.get("redirect_uri") ?? "";
  if (!client.redirectUris.includes(redirectUri)) {
    return fail(
      "Invalid Redirect Uri",
      redirectUri
        ? `Redirect URI passed does not match with the one configured. "${redirectUri.slice(0, 200)}" is not registered for ${client.name}; Zoho compares redirect URIs as exact strings (scheme, host, port, path, trailing slash).`
        : "The redirect_uri parameter is missing.",
    );
  }

  const responseType = query.get("response_type");
  if (responseType !== "code") {
    return fail(
      "Invalid Response Type",
      `response_type must be code${responseType ? `, not "${responseType.slice(0, 40)}"` : " (it is missing)"}.`,
    );
  }

  const scopes = checkScopeParam(query.get("scope"));
  if (!scopes.ok) return fail("Invalid OAuth Scope", scopes.problem);

  const accessType = query.get("access_type") || "online";
  if (accessType !== "online" && accessType !== "offline") {
    return fail("Invalid Access Type", `access_type is online (the default) or offline, not "${accessType.slice(0, 40)}".`);
  }

  const codeChallenge = query.get("code_challenge") || null;
  const method = query.get("code_challenge_method") || null;
  if (codeChallenge && !PKCE_CHALLENGE.test(codeChallenge))
    return fail("Invalid Code Challenge", "code_challenge must be 43–128 characters of A–Z, a–z, 0–9, '-', '.', '_' or '~'.");
  if (method && method !== "S256" && method !== "plain")
    return fail("Invalid Code Challenge Method", "code_challenge_method is S256 or plain.");
  if (method && !codeChallenge) return fail("Invalid Code Challenge", "code_challenge_method was sent without a code_challenge.");

  return {
    ok: true,
    params: {
      clientId,
      clientName: client.name,
      redirectUri,
      scopes: scopes.scopes,
      state: query.get("state") || null,
      accessType,
      prompt: query.get("prompt") || null,
      codeChallenge,
      codeChallengeMethod: codeChallenge ? ((method ?? "plain") as "S256" | "plain") : null,
    },
  };
}
