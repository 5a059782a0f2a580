// Pre-flight checks the builder shows next to the URL: where the code will land, and (for sandbox
// clients) whether the sandbox would accept the redirect URI at all. Pure: the page computes the inputs
// server-side (this console's callback URLs from configuration, the sandbox registration from the
// database) and the form re-runs the checks on every change.

export type PreflightFinding = { id: string; level: "error" | "warning" | "info"; message: string; fix: string };

export type PreflightClient = {
  /** This console's shared callback URLs (/oauth/callback on each origin configuration names as ours). */
  consoleCallbacks: string[];
  /** The client's own callback path (/oauth/callback/{key}) on each of our origins, when it has one. */
  clientCallbacks: string[];
  /**
   * Sandbox clients only: per registered redirect URI of the console's client, whether the sandbox's
   * registration of this client_id holds it; null when the sandbox has no client with this client_id.
   * Undefined for Zoho clients (the console cannot read Zoho's registration).
   */
  sandbox?: Record<string, boolean> | null;
};

export type PreflightInput = { redirectUri: string; managedState: boolean };

export function preflight(client: PreflightClient, { redirectUri, managedState }: PreflightInput): PreflightFinding[] {
  const out: PreflightFinding[] = [];
  if (!redirectUri) return out;
  const elsewhere = hostOf(redirectUri);
  if (client.sandbox === null) {
    out.push({
      id: "sandbox-unknown-client",
      level: "error",
      message: "The sandbox has no client with this client_id: its consent page will answer Invalid Client.",
      fix: "Register the client in the sandbox (Sandbox → API console), or correct the client id here.",
    });
  } else if (client.sandbox && client.sandbox[redirectUri] === false) {
    // Zoho matches redirect_uri exactly against the registered ones and shows its own error page
    // otherwise (https://www.zoho.com/accounts/protocol/oauth/web-apps/authorization.html, docs/zoho.md).
    out.push({
      id: "sandbox-redirect-unregistered",
      level: "error",
      message: `${redirectUri} is not registered for this client in the sandbox: like Zoho, the sandbox shows "Invalid Redirect Uri" and sends nobody back.`,
      fix: "Add this exact URI to the sandbox client (Sandbox → API console), or pick a URI registered there.",
    });
  }
  if (client.consoleCallbacks.includes(redirectUri)) {
    if (!managedState)
      out.push({
        id: "custom-state-console-callback",
        level: "warning",
        message:
          "The code comes back to this console's /oauth/callback, but with a state the console did not mint: it records the callback as unknown state and exchanges nothing.",
        fix: clientFix(client),
      });
    return out;
  }
  if (client.clientCallbacks.includes(redirectUri)) {
    if (managedState)
      out.push({
        id: "client-callback-path",
        level: "warning",
        message:
          "This is the client's own callback path, for flows your app starts: the console exchanges the code there without checking the state, and the grant is recorded as an external flow, not as yours.",
        fix: `To authorize from the console, pick ${client.consoleCallbacks[0] ?? "the console's /oauth/callback"} (register it for the client first).`,
      });
    return out;
  }
  out.push({
    id: "redirect-elsewhere",
    level: "warning",
    message: `${redirectUri} is not one of this console's callbacks: Zoho sends the code to ${elsewhere ?? "that address"}, where the live code sits in the address bar (and its history and logs) until someone exchanges it. The console never sees it${managedState ? ", and the state it minted stays unused" : ""}.`,
    fix: managedState
      ? `Pick ${client.consoleCallbacks[0] ?? "the console's /oauth/callback"} (register it for the client at Zoho and here), or set a custom state and run the flow from your app.`
      : "Fine when your app at that address exchanges the code at once; otherwise pick the console's /oauth/callback.",
  });
  return out;
}

function clientFix(client: PreflightClient): string {
  return client.clientCallbacks[0]
    ? `Leave the state empty, or, for a flow your app runs, use the client's own callback path ${client.clientCallbacks[0]}.`
    : "Leave the state empty, or, for a flow your app runs, use the client's own callback path (shown on the client's page).";
}

function hostOf(uri: string): string | null {
  try {
    return new URL(uri).host || null;
  } catch {
    return null;
  }
}
