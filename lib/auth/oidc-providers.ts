import type { Env } from "@/lib/config/env";

export type OidcProvider = { id: string; name: string; type: "oidc"; issuer: string; clientId: string; clientSecret: string };

// Single sign-on providers configured by the environment: Zoho's own OpenID Connect (its accounts
// server is the issuer) and any other OIDC issuer. None by default.
export function oidcProviders(env: Env): OidcProvider[] {
  const providers: OidcProvider[] = [];
  if (env.AUTH_ZOHO_CLIENT_ID && env.AUTH_ZOHO_CLIENT_SECRET) {
    providers.push({
      id: "zoho",
      name: "Zoho",
      type: "oidc",
      issuer: env.AUTH_ZOHO_ISSUER,
      clientId: env.AUTH_ZOHO_CLIENT_ID,
      clientSecret: env.AUTH_ZOHO_CLIENT_SECRET,
    });
  }
  if (env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_CLIENT_ID && env.AUTH_OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: env.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: env.AUTH_OIDC_ISSUER,
      clientId: env.AUTH_OIDC_CLIENT_ID,
      clientSecret: env.AUTH_OIDC_CLIENT_SECRET,
    });
  }
  return providers;
}
