// An authorization over HTTP, in the pieces the benchmarks time separately: a grant code from the
// sandbox's consent form (as a browser submits it), the console's /oauth/callback with it, or the
// bare exchange of a code at the sandbox's token endpoint.
import type { BenchSession } from "./http";
import { SCOPES, type FlowClient } from "./seed-flows";

const AVA = "10010001"; // the sandbox's US user (lib/sandbox/users.ts)

export type Code = { code: string; accountsServer: string; location: string };

/** Accept on the sandbox's consent page as Ava: a fresh grant code (valid 60 s, single use). */
export async function obtainCode(session: BenchSession, client: FlowClient, redirectUri: string, state: string): Promise<Code> {
  const response = await session.fetch("/sandbox/us/oauth/v2/auth", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      client_id: client.zohoClientId,
      response_type: "code",
      redirect_uri: redirectUri,
      scope: SCOPES.join(","),
      state,
      access_type: "offline",
      prompt: "consent",
      user_id: AVA,
      decision: "accept",
    }),
  });
  await response.arrayBuffer();
  const location = new URL(response.headers.get("location") ?? "about:blank");
  const code = location.searchParams.get("code");
  if (response.status !== 302 || !code) throw new Error(`no grant code from the sandbox: HTTP ${response.status} ${location.search}`);
  return {
    code,
    accountsServer: location.searchParams.get("accounts-server") ?? "",
    location: location.searchParams.get("location") ?? "",
  };
}

/** The redirect back to the console, as the browser follows it; resolves once the console answered (303 to the result page). */
export async function callback(session: BenchSession, code: Code, state: string): Promise<string> {
  const query = new URLSearchParams({ state, code: code.code, location: code.location, "accounts-server": code.accountsServer });
  const response = await session.fetch(`/oauth/callback?${query}`);
  await response.arrayBuffer();
  const result = response.headers.get("location") ?? "";
  if (response.status !== 303 || !result.includes("/oauth/result/")) throw new Error(`callback: HTTP ${response.status} ${result}`);
  return new URL(result).pathname;
}

/** grant_type=authorization_code straight at the sandbox's token endpoint: the exchange alone. */
export async function exchange(session: BenchSession, client: FlowClient, redirectUri: string, code: Code): Promise<void> {
  const response = await fetch(`${session.baseUrl}/sandbox/us/oauth/v2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      client_id: client.zohoClientId,
      client_secret: client.clientSecret,
      redirect_uri: redirectUri,
      code: code.code,
    }),
    signal: AbortSignal.timeout(60_000),
  });
  const body = (await response.json()) as { access_token?: string; error?: string };
  if (response.status !== 200 || !body.access_token) throw new Error(`exchange: HTTP ${response.status} ${body.error ?? ""}`);
}

/** The sandbox's fault injection (docs/sandbox.md). */
export async function sandboxControl(session: BenchSession, change: Record<string, unknown>) {
  const response = await session.fetch("/sandbox/control", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(change),
  });
  if (response.status !== 200) throw new Error(`POST /sandbox/control: HTTP ${response.status} ${await response.text()}`);
  await response.arrayBuffer();
}

/** What the sandbox issued for a client: codes, refresh tokens, access tokens (counts). */
export async function sandboxStats(
  session: BenchSession,
  client: FlowClient,
): Promise<{ codes: number; refresh_tokens: number; access_tokens: number }> {
  const response = await session.fetch(`/sandbox/control/stats?client_id=${encodeURIComponent(client.zohoClientId)}`);
  if (response.status !== 200) throw new Error(`GET /sandbox/control/stats: HTTP ${response.status}`);
  return response.json();
}
