// What each authorization request parameter does, in one line (docs/zoho.md).
export const AUTH_PARAM_HELP: Record<string, string> = {
  scope: "What the app may do: Service.scope.OPERATION, several joined with commas.",
  client_id: "The client's id from Zoho's API console (the same in every data centre).",
  response_type: "Always the literal code: Zoho answers with a grant code.",
  redirect_uri: "Where Zoho sends the browser back; must equal a registered URI exactly.",
  access_type: "offline: also a refresh token. online (default): a 1-hour access token only.",
  prompt: "consent: ask every time (needed for a new refresh token when the user consented before).",
  state: "Opaque value Zoho sends back unchanged; the console checks it to tie the callback to this request.",
  code_challenge: "PKCE: the SHA-256 of a secret verifier; the token exchange must show the verifier.",
  code_challenge_method: "PKCE method: S256 (recommended) or plain.",
};
