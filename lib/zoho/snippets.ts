// Ready-to-paste code for the token exchange that follows an authorization. The secret is always a
// placeholder: snippets are shown and copied, and secrets never reach the page.
import { DEFAULT_CODE_LIFETIME_SECONDS, describeCodeLifetime } from "./code-lifetime";

/** `codeLifetimeSeconds`: the workspace's grant code lifetime (Settings), named in the comments. */
export type SnippetInput = { accountsServer: string; clientId: string; redirectUri: string; pkce: boolean; codeLifetimeSeconds?: number };

const lifetime = (i: SnippetInput) => describeCodeLifetime(i.codeLifetimeSeconds ?? DEFAULT_CODE_LIFETIME_SECONDS);

export function curlSnippet(i: SnippetInput): string {
  return [
    `curl -X POST "${i.accountsServer}/oauth/v2/token" \\`,
    `  -d grant_type=authorization_code \\`,
    `  -d client_id=${i.clientId} \\`,
    `  -d client_secret=$ZOHO_CLIENT_SECRET \\`,
    `  -d redirect_uri=${encodeURIComponent(i.redirectUri)} \\`,
    ...(i.pkce ? [`  -d code_verifier=$CODE_VERIFIER \\`] : []),
    `  -d code=$CODE   # exchange within ${lifetime(i)}, at the accounts-server the redirect named`,
  ].join("\n");
}

export function nodeSnippet(i: SnippetInput): string {
  return `// code and accounts-server come from the redirect; exchange at once (codes live ${lifetime(i)})
const body = new URLSearchParams({
  grant_type: "authorization_code",
  client_id: "${i.clientId}",
  client_secret: process.env.ZOHO_CLIENT_SECRET,
  redirect_uri: "${i.redirectUri}",${i.pkce ? "\n  code_verifier: codeVerifier," : ""}
  code,
});
const res = await fetch(\`\${accountsServer}/oauth/v2/token\`, { method: "POST", body });
const answer = await res.json(); // errors come with HTTP 200: check answer.error
if (answer.error) throw new Error(answer.error);
// keep answer.api_domain: API calls go there, not to www.zohoapis.com`;
}

export function pythonSnippet(i: SnippetInput): string {
  return `# code and accounts_server come from the redirect; exchange at once (codes live ${lifetime(i)})
import os, requests
answer = requests.post(f"{accounts_server}/oauth/v2/token", data={
    "grant_type": "authorization_code",
    "client_id": "${i.clientId}",
    "client_secret": os.environ["ZOHO_CLIENT_SECRET"],
    "redirect_uri": "${i.redirectUri}",${i.pkce ? '\n    "code_verifier": code_verifier,' : ""}
    "code": code,
}).json()
if "error" in answer:  # errors come with HTTP 200
    raise RuntimeError(answer["error"])
# keep answer["api_domain"]: API calls go there`;
}
