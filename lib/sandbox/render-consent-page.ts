import { dataCentreLabel } from "@/lib/data-centres/current-data-centres";
import type { AuthParams } from "./check-auth-request";
import { html } from "./html";
import { renderSandboxPage } from "./render-sandbox-page";
import { userLabel, type SandboxUser } from "./users";

type ConsentPage = {
  location: string;
  action: string;
  params: AuthParams;
  users: SandboxUser[];
  orgWide?: boolean;
  /** The device flow's: its own hidden fields (the user code) and where the answer goes instead of a redirect. */
  hidden?: Record<string, string | null>;
  after?: string;
};

// Zoho's consent page, with a sign-in step folded in: pick a sandbox user, then Accept or Reject.
// The form posts back to the same endpoint, which checks every field again.
export function renderConsentPage({ location, action, params, users, orgWide = false, ...page }: ConsentPage): Response {
  const hidden: Record<string, string | null> = page.hidden ?? {
    client_id: params.clientId,
    response_type: "code",
    redirect_uri: params.redirectUri,
    scope: params.scopes.join(","),
    state: params.state,
    access_type: params.accessType,
    prompt: params.prompt,
    code_challenge: params.codeChallenge,
    code_challenge_method: params.codeChallengeMethod,
  };
  const offline = params.accessType === "offline";
  const body = html`<div class="card">
<p class="muted">Accounts server: ${dataCentreLabel(location)} (<code>${location}</code>), sandbox</p>
<h1>Zoho sandbox — <span data-testid="sandbox-client-name">${params.clientName}</span> would like to access your Zoho account</h1>
${orgWide && html`<p class="note" data-testid="sandbox-org-consent"><strong>Org-wide consent</strong> (<code>/oauth/v2/org/auth</code>): you consent as an administrator, for your whole organization. The grant stays valid if you later leave it, and it is not one of your personal refresh tokens.</p>`}
<h2>Scopes</h2>
<ul class="scopes mono" aria-label="Requested scopes">${params.scopes.map((s) => html`<li>${s}</li>`)}</ul>
<h2>Access</h2>
<p data-testid="sandbox-access-type">${
    offline
      ? html`<strong>access_type=offline</strong>: the application keeps access until you revoke it (a refresh token).`
      : html`<strong>access_type=online</strong>: one hour of access, no refresh token.`
  }</p>
${offline && params.prompt !== "consent" && html`<p class="note">No <code>prompt=consent</code>: a user who already consented to this client gets no new refresh token, as on Zoho.</p>`}
${params.codeChallenge && html`<p class="note">PKCE (<code>${params.codeChallengeMethod}</code>): the token endpoint will require the matching <code>code_verifier</code>.</p>`}
<p class="muted">${page.after ?? html`After you answer, you go back to <code>${params.redirectUri}</code>.`}</p>
<form method="post" action="${action}">
${Object.entries(hidden).map(
  ([name, value]) =>
    value !== null &&
    html`<input type="hidden" name="${name}" value="${value}">
`,
)}<fieldset>
<legend>Sign in as</legend>
${users.map(
  (
    u,
    i,
  ) => html`<label class="user"><input type="radio" name="user_id" value="${u.id}" required${i === 0 ? html` checked` : ""}><span>${userLabel(u)}</span></label>
`,
)}</fieldset>
<p class="muted">Each sandbox user lives in one data centre; the redirect names theirs${location === "cn" ? "" : " (users in China sign in at /sandbox/cn)"}.</p>
<div class="actions">
<button type="submit" name="decision" value="accept" class="accept">Accept</button>
<button type="submit" name="decision" value="reject" class="reject" formnovalidate>Reject</button>
</div>
</form>
</div>`;
  return renderSandboxPage({ status: 200, title: `Authorize ${params.clientName}`, body });
}
