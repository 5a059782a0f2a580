// The authorization request URL, exactly as Zoho expects it (docs/zoho.md). Pure, so the
// builder page can run it on every keystroke in the browser.
export type AuthUrlInput = {
  accountsServer: string;
  clientId: string;
  scopes: string[];
  redirectUri: string;
  accessType: "online" | "offline";
  promptConsent: boolean;
  state?: string;
  /** Org-wide admin consent: /oauth/v2/org/auth instead of /oauth/v2/auth. */
  orgWide?: boolean;
  codeChallenge?: string;
};

export function buildAuthUrl(input: AuthUrlInput): string {
  const url = new URL(`${input.accountsServer.replace(/\/+$/, "")}/oauth/v2/${input.orgWide ? "org/auth" : "auth"}`);
  // Zoho joins scopes with commas; URLSearchParams encodes them as %2C, which Zoho accepts.
  url.searchParams.set("scope", input.scopes.join(","));
  url.searchParams.set("client_id", input.clientId);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("redirect_uri", input.redirectUri);
  url.searchParams.set("access_type", input.accessType);
  if (input.promptConsent) url.searchParams.set("prompt", "consent");
  if (input.state) url.searchParams.set("state", input.state);
  if (input.codeChallenge) {
    url.searchParams.set("code_challenge", input.codeChallenge);
    url.searchParams.set("code_challenge_method", "S256");
  }
  return url.toString();
}
