import { buildAuthUrl } from "@/lib/zoho/build-auth-url";
import { CLIENT_TYPE_RULES, type ClientTypeName } from "@/lib/zoho/client-types";
import { startingAccountsServer } from "@/lib/zoho/match-accounts-server";

export type ExampleClient = {
  zohoClientId: string;
  type: ClientTypeName;
  provider: "ZOHO" | "SANDBOX";
  homeDc: string;
  enabledDcs: string[];
  archived: boolean;
  redirectUris: string[];
};
export type DebugExample = { label: string; text: string; broken?: boolean };

// Made-up values, shaped like Zoho's: a code (1000.<hex>.<hex>), a state, and an S256 challenge (43 chars).
const EXAMPLE_CODE = "1000.5e1f0c2a9b8d7e6f.4a3b2c1d0e9f8a7b";
const EXAMPLE_STATE = "7f3c9a1e5b2d4c6a8e0f";
const EXAMPLE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

/**
 * The debugger's examples, built from one of the workspace's own clients (its client id, a registered
 * redirect URI, the accounts server of its provider — Zoho's or the sandbox's), so the examples pass the
 * debugger's own checks; one is broken on purpose and labelled so.
 */
export function debugExamples(clients: ExampleClient[], sandboxOrigin: string | null): DebugExample[] {
  const usable = (c: ExampleClient) =>
    !c.archived && c.redirectUris.length > 0 && (c.provider === "ZOHO" || sandboxOrigin !== null) && c.type !== "NON_BROWSER";
  const sample = clients.find((c) => usable(c) && c.type === "SERVER") ?? clients.find(usable) ?? null;
  // Zoho's advice is to start at accounts.zoho.com (China: .com.cn); a client not enabled there starts at its home DC.
  const location = !sample
    ? "us"
    : sample.homeDc === "cn"
      ? "cn"
      : [sample.homeDc, ...sample.enabledDcs].includes("us")
        ? "us"
        : sample.homeDc;
  const server =
    (sample && startingAccountsServer(sample.provider, location, sandboxOrigin)?.url) ??
    (location === "cn" ? "https://accounts.zoho.com.cn" : "https://accounts.zoho.com");
  const redirect = sample?.redirectUris[0] ?? "https://app.example.com/oauth/callback";
  const pkce = sample ? CLIENT_TYPE_RULES[sample.type].pkce : false;
  const authUrl = buildAuthUrl({
    accountsServer: server,
    clientId: sample?.zohoClientId ?? "1000.EXAMPLECLIENTID0123456789ABCD",
    scopes: ["ZohoCRM.modules.ALL", "AaaServer.profile.READ"],
    redirectUri: redirect,
    accessType: "offline",
    promptConsent: true,
    state: EXAMPLE_STATE,
    codeChallenge: pkce ? EXAMPLE_CHALLENGE : undefined,
  });
  const back = new URL(redirect);
  back.searchParams.set("state", EXAMPLE_STATE);
  back.searchParams.set("code", EXAMPLE_CODE);
  back.searchParams.set("location", location);
  back.searchParams.set("accounts-server", server);
  const apiDomain =
    sandboxOrigin && sample?.provider === "SANDBOX" ? `${sandboxOrigin}/sandbox/${location}/api` : "https://www.zohoapis.com";
  return [
    { label: "Authorization URL", text: authUrl },
    { label: "Redirect URL", text: back.toString() },
    {
      label: "Token answer",
      text: JSON.stringify({
        access_token: "1000.6f1e2d3c4b5a69788796a5b4c3d2e1f0.0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        refresh_token: "1000.0f1e2d3c4b5a69788796a5b4c3d2e1f0.9a8b7c6d5e4f30211203f4e5d6c7b8a9",
        scope: "ZohoCRM.modules.ALL AaaServer.profile.READ",
        api_domain: apiDomain,
        token_type: "Bearer",
        expires_in: 3600,
      }),
    },
    {
      label: "A broken redirect (on purpose)",
      broken: true,
      text: `${redirect}?code=${EXAMPLE_CODE}&location=eu&accounts-server=https%3A%2F%2Faccounts.zoho.com`,
    },
  ];
}
