import { sandboxOrigins } from "@/lib/config/app-origin";
import { dataCentres } from "@/lib/data-centres/current-data-centres";
import { zohoDomains } from "@/lib/data-centres/zoho-domains";
import { checkApiPath, checkApiQuery, encodeApiQuery } from "./check-api-path";
import { locateApiUrl } from "./locate-api-url";
import { isAllowedApiDomain } from "./match-api-domain";
import { matchAccountsServer } from "./match-accounts-server";
import { grantProductHosts, PRODUCTS, type ProductId } from "./product-hosts";

// The request runner's egress guard (issue 15, "Strict egress"): a grant may only call its own accounts
// server, its api_domain, and the product hosts of its data centre (lib/zoho/product-hosts.ts) — Zoho
// domains, https — or, for a sandbox grant, the sandbox under one of the console's OWN configured origins
// (lib/config/app-origin.ts; never a request's Host). The user picks a base and types only what follows it.

export type ApiBase = "api" | "accounts" | ProductId;
export type GrantHosts = { provider: "ZOHO" | "SANDBOX"; location: string; accountsServer: string; apiDomain: string };
export type ApiTarget =
  { ok: true; url: string; base: ApiBase; baseUrl: string; location: string | null } | { ok: false; reason: string; rule: string };

export const MAX_URL_LENGTH = 8_000;
// GET {accounts-server}/oauth/user/info: https://www.zoho.com/accounts/protocol/oauth/use-access-token.html
const ACCOUNTS_PATHS = ["/oauth/user/info"];

/** A base's name in plain words, for pickers and reasons. */
export function apiBaseLabel(base: ApiBase): string {
  if (base === "api") return "API domain";
  if (base === "accounts") return "accounts server";
  return PRODUCTS[base];
}

/**
 * The base URLs a grant may call: its api_domain, its accounts server, its DC's product hosts
 * (grantProductHosts: its DC's, or for a sandbox grant the sandbox's under its api_domain). A stored base that fails the
 * checks is left out. `origins`: the console's own origins when the sandbox is on (tests pass them).
 */
export function grantApiBases(grant: GrantHosts, origins: readonly string[] = sandboxOrigins()): Partial<Record<ApiBase, string>> {
  const sandbox = grant.provider === "SANDBOX";
  // A Zoho grant is never matched against the sandbox's origins, and a sandbox grant never against Zoho.
  const own = sandbox ? origins : [];
  const bases: Partial<Record<ApiBase, string>> = {};
  const server = matchAccountsServer(grant.accountsServer, own);
  if (server && server.provider === grant.provider) bases.accounts = server.url;
  const apiDomain = grant.apiDomain?.replace(/\/+$/, "");
  const apiAllowed = isAllowedApiDomain(apiDomain, own) && (sandbox ? isUnderOwnSandbox(apiDomain, own) : isZohoHttps(apiDomain));
  if (apiAllowed) bases.api = apiDomain;
  const products = sandbox && !apiAllowed ? {} : grantProductHosts({ ...grant, apiDomain });
  for (const [id, url] of Object.entries(products) as [ProductId, string][]) {
    if (sandbox ? isUnderOwnSandbox(url, own) : isZohoHttps(url)) bases[id] = url;
  }
  return bases;
}

/** `path`: what the user typed after the base (e.g. "/crm/v8/users"); `query`: user-typed name/value pairs. */
export function resolveApiTarget(
  grant: GrantHosts,
  base: ApiBase,
  path: string,
  query: [string, string][],
  origins: readonly string[] = sandboxOrigins(),
): ApiTarget {
  const known = base === "api" || base === "accounts" || Object.hasOwn(PRODUCTS, base);
  if (!known)
    return { ok: false, rule: "unknown-base", reason: `${JSON.stringify(String(base).slice(0, 40))} is not a base the console can call.` };
  const baseUrl = grantApiBases(grant, origins)[base];
  if (!baseUrl) return { ok: false, ...missingBase(grant, base, origins) };
  const checked = checkApiPath(path);
  if (!checked.ok) return { ok: false, rule: checked.rule, reason: checked.reason };
  // At the accounts server only the user's profile: its token endpoints are the console's own business
  // (a client secret never goes through the runner), and nothing else there answers an access token.
  if (base === "accounts" && !ACCOUNTS_PATHS.includes(checked.path))
    return {
      ok: false,
      rule: "accounts-path",
      reason: `At the accounts server the runner calls ${ACCOUNTS_PATHS.join(", ")} only (Zoho's "Using the access token" page).`,
    };
  const queryRefusal = checkApiQuery(query);
  if (queryRefusal) return { ok: false, ...queryRefusal };

  const search = encodeApiQuery(query);
  const href = `${baseUrl}${checked.path}${search ? `?${search}` : ""}`;
  if (href.length > MAX_URL_LENGTH)
    return {
      ok: false,
      rule: "url-too-long",
      reason: `The address would be ${href.length.toLocaleString("en")} characters long; at most ${MAX_URL_LENGTH.toLocaleString("en")} are allowed.`,
    };
  // After parsing and normalisation the URL must still be exactly the base, then the typed path.
  const url = new URL(href);
  const root = new URL(baseUrl);
  const intact =
    url.origin === root.origin &&
    !url.username &&
    !url.password &&
    !url.hash &&
    url.pathname === `${root.pathname.replace(/\/$/, "")}${checked.path}` &&
    url.search === (search ? `?${search}` : "") &&
    url.href.startsWith(`${baseUrl}/`);
  if (!intact)
    return {
      ok: false,
      rule: "normalised",
      reason: "The path changes when it is read as a URL, so it could leave the base: it is refused.",
    };
  return { ok: true, url: url.href, base, baseUrl, location: locateApiUrl(url.href) };
}

function missingBase(grant: GrantHosts, base: ApiBase, origins: readonly string[]): { rule: string; reason: string } {
  const sandbox = grant.provider === "SANDBOX";
  const stored = (value: string | null | undefined) => JSON.stringify(String(value ?? "").slice(0, 100));
  if (sandbox && origins.length === 0)
    return { rule: "sandbox-off", reason: "The sandbox is turned off on this console, so a sandbox grant cannot call anything." };
  if (base === "accounts")
    return {
      rule: "accounts-refused",
      reason: `The grant's stored accounts server ${stored(grant.accountsServer)} is not one the console may call: only the grant's own ${sandbox ? "sandbox accounts server under this console's address" : "Zoho accounts server (https)"}.`,
    };
  if (base === "api" || sandbox) {
    const apiKnown = grantApiBases(grant, origins).api;
    if (!apiKnown)
      return {
        rule: "api-domain-refused",
        reason: `The grant's stored API domain ${stored(grant.apiDomain)} is not one the console may call: only ${sandbox ? "the sandbox's API under this console's address" : "an https host on a Zoho domain"}.`,
      };
    return { rule: "no-product-host", reason: `The sandbox does not serve ${apiBaseLabel(base)}.` };
  }
  return {
    rule: "no-product-host",
    reason: `Zoho documents no ${apiBaseLabel(base)} host for the ${grant.location} data centre, so the console does not call one.`,
  };
}

// An https URL with no port or credentials, on one of the known data centres' Zoho domains.
function isZohoHttps(value: string | null | undefined): value is string {
  let url: URL;
  try {
    url = new URL(value ?? "");
  } catch {
    return false;
  }
  const plain = url.protocol === "https:" && !url.port && !url.username && !url.password && !url.search && !url.hash;
  return plain && zohoDomains(dataCentres()).some((d) => url.hostname === d || url.hostname.endsWith(`.${d}`));
}

// The sandbox: under one of the console's own origins, at /sandbox/{location}/api…
function isUnderOwnSandbox(value: string | null | undefined, origins: readonly string[]): value is string {
  if (!value) return false;
  return origins.some((origin) => value.startsWith(`${origin.replace(/\/$/, "")}/sandbox/`));
}
