// The base URLs Zoho products answer on in each data centre, where they differ from the grant's
// api_domain (docs/zoho.md, Corrections: "Product and environment hosts"). ONE table, keyed by
// DC location; a product appears in a row only where Zoho itself documents that DC. A location with no
// row (a DC an admin added later) or an empty row answers no product hosts: never a guess.
//
// Sources, per product (fetched or read 2026-11):
// - crm_sandbox, crm_developer, crm_files — Zoho CRM SDK data-centre files, e.g.
//   zoho/zohocrm-typescript-sdk-8.0 routes/dc/{us,eu,in,au,jp,ca,cn,sa}_data_center.ts (SANDBOX(),
//   DEVELOPER(), getFileUploadUrl()); the same in zoho/zohocrm-nodejs-sdk-8.0 lib/routes/dc/ and
//   zoho/zohocrm-python-sdk-8.0. No UK or UAE file exists there, so those rows have no CRM hosts.
// - desk — "API Root Endpoint desk.zoho.com/api/v1" (https://desk.zoho.com/DeskAPIDocument) and
//   desk.zoho.eu/api/v1 (https://desk.zoho.eu/DeskAPIDocument); in, au and cn from the DC switch of
//   Zoho Desk's Java SDK (ZohoOAuth.setDeskAndIAMUrlDomain: desk.zoho.in, desk.zoho.com.au, desk.zoho.com.cn).
// - mail — Zoho Mail "REST APIs Getting Started", Multiple Data Centers table (.com, .eu, .in, .com.au,
//   .jp, .com.cn), with the path of its request URLs (https://mail.zoho.com/api/accounts):
//   https://www.zoho.com/mail/help/api/getting-started-with-api.html. Two versions of that page
//   disagree on Canada (mail.zoho.ca / mail.zohocloud.ca), the UK and Saudi Arabia: those are left out.
// - projects — "API Root Endpoint https://projectsapi.zoho.com", V3 paths /api/v3/…
//   (https://projects.zoho.com/api-docs); "use the appropriate domain (.com, .eu, .in, .cn etc.)"
//   (https://www.zoho.com/projects/developers/zohoprojectsapi.html).
// - cliq — Zoho Cliq REST API, Multiple data centers table (.com, .eu, .in, .com.au, .com.cn, .jp):
//   https://www.zoho.com/cliq/help/restapi/
// - creator — "Know your Creator account's base URL", Base URL for APIs (creator.zoho.com, .eu, .in,
//   .com.cn, .com.au): https://www.zoho.com/creator/newhelp/account-setup/base-url.html
// - books — "API Root Endpoint https://www.zohoapis.com/books/v3": https://www.zoho.com/books/api/v3/introduction/
//   (only the US root is quoted on the page we could read; other DCs are left out rather than guessed).
// - workdrive — WorkDrive Multi DC Support table (us, eu, in, au, cn, jp, ae, ca, sa):
//   https://www.zoho.com/workdrive/developer/docs/api/v1/getting-started-multi-dc-support.html
// - bigin — Bigin Multi-DC table (us, au, eu, in, cn, jp, sa, ca: API domain www.zohoapis.*) and its
//   v2 paths ("https://www.zohoapis.eu/bigin/v2/Contacts"): https://www.bigin.com/developer/docs/apis/multi-dc.html,
//   https://bigin.com/developer/docs/apis/v2/multi-dc.html

export const PRODUCTS = {
  crm_sandbox: "Zoho CRM — sandbox org",
  crm_developer: "Zoho CRM — developer org",
  crm_files: "Zoho CRM — file uploads",
  desk: "Zoho Desk",
  mail: "Zoho Mail",
  projects: "Zoho Projects",
  cliq: "Zoho Cliq",
  creator: "Zoho Creator",
  books: "Zoho Books",
  workdrive: "Zoho WorkDrive",
  bigin: "Bigin",
} as const;
export type ProductId = keyof typeof PRODUCTS;
export type ProductHosts = Partial<Record<ProductId, string>>;

export const PRODUCT_HOSTS: Readonly<Record<string, ProductHosts>> = {
  us: {
    crm_sandbox: "https://sandbox.zohoapis.com",
    crm_developer: "https://developer.zohoapis.com",
    crm_files: "https://content.zohoapis.com",
    desk: "https://desk.zoho.com/api/v1",
    mail: "https://mail.zoho.com/api",
    projects: "https://projectsapi.zoho.com/api/v3",
    cliq: "https://cliq.zoho.com/api/v2",
    creator: "https://creator.zoho.com",
    books: "https://www.zohoapis.com/books/v3",
    workdrive: "https://www.zohoapis.com/workdrive",
    bigin: "https://www.zohoapis.com/bigin/v2",
  },
  eu: {
    crm_sandbox: "https://sandbox.zohoapis.eu",
    crm_developer: "https://developer.zohoapis.eu",
    crm_files: "https://content.zohoapis.eu",
    desk: "https://desk.zoho.eu/api/v1",
    mail: "https://mail.zoho.eu/api",
    projects: "https://projectsapi.zoho.eu/api/v3",
    cliq: "https://cliq.zoho.eu/api/v2",
    creator: "https://creator.zoho.eu",
    workdrive: "https://www.zohoapis.eu/workdrive",
    bigin: "https://www.zohoapis.eu/bigin/v2",
  },
  in: {
    crm_sandbox: "https://sandbox.zohoapis.in",
    crm_developer: "https://developer.zohoapis.in",
    crm_files: "https://content.zohoapis.in",
    desk: "https://desk.zoho.in/api/v1",
    mail: "https://mail.zoho.in/api",
    projects: "https://projectsapi.zoho.in/api/v3",
    cliq: "https://cliq.zoho.in/api/v2",
    creator: "https://creator.zoho.in",
    workdrive: "https://www.zohoapis.in/workdrive",
    bigin: "https://www.zohoapis.in/bigin/v2",
  },
  au: {
    crm_sandbox: "https://sandbox.zohoapis.com.au",
    crm_developer: "https://developer.zohoapis.com.au",
    crm_files: "https://content.zohoapis.com.au",
    desk: "https://desk.zoho.com.au/api/v1",
    mail: "https://mail.zoho.com.au/api",
    cliq: "https://cliq.zoho.com.au/api/v2",
    creator: "https://creator.zoho.com.au",
    workdrive: "https://www.zohoapis.com.au/workdrive",
    bigin: "https://www.zohoapis.com.au/bigin/v2",
  },
  jp: {
    crm_sandbox: "https://sandbox.zohoapis.jp",
    crm_developer: "https://developer.zohoapis.jp",
    crm_files: "https://content.zohoapis.jp",
    mail: "https://mail.zoho.jp/api",
    cliq: "https://cliq.zoho.jp/api/v2",
    workdrive: "https://www.zohoapis.jp/workdrive",
    bigin: "https://www.zohoapis.jp/bigin/v2",
  },
  // Canada: the CRM SDK's file host is upload.zohocloud.ca.
  ca: {
    crm_sandbox: "https://sandbox.zohoapis.ca",
    crm_developer: "https://developer.zohoapis.ca",
    crm_files: "https://upload.zohocloud.ca",
    workdrive: "https://www.zohoapis.ca/workdrive",
    bigin: "https://www.zohoapis.ca/bigin/v2",
  },
  // Saudi Arabia: the CRM SDK's file host is files.zoho.sa.
  sa: {
    crm_sandbox: "https://sandbox.zohoapis.sa",
    crm_developer: "https://developer.zohoapis.sa",
    crm_files: "https://files.zoho.sa",
    workdrive: "https://www.zohoapis.sa/workdrive",
    bigin: "https://www.zohoapis.sa/bigin/v2",
  },
  // United Kingdom: deliberately empty — none of the sources above lists a UK host yet.
  uk: {},
  cn: {
    crm_sandbox: "https://sandbox.zohoapis.com.cn",
    crm_developer: "https://developer.zohoapis.com.cn",
    crm_files: "https://content.zohoapis.com.cn",
    desk: "https://desk.zoho.com.cn/api/v1",
    mail: "https://mail.zoho.com.cn/api",
    projects: "https://projectsapi.zoho.com.cn/api/v3",
    cliq: "https://cliq.zoho.com.cn/api/v2",
    creator: "https://creator.zoho.com.cn",
    workdrive: "https://www.zohoapis.com.cn/workdrive",
    bigin: "https://www.zohoapis.com.cn/bigin/v2",
  },
  // United Arab Emirates (docs/zoho.md, Corrections): only WorkDrive's page lists it so far.
  ae: { workdrive: "https://www.zohoapis.ae/workdrive" },
};

/**
 * The product base URLs for a grant in `location`. A sandbox grant has none: the built-in sandbox
 * answers every API at its one api_domain. An unknown location (added by hand) has none either.
 */
export function productHostsFor(location: string, provider: "ZOHO" | "SANDBOX"): ProductHosts {
  if (provider === "SANDBOX") return {};
  return Object.hasOwn(PRODUCT_HOSTS, location) ? { ...PRODUCT_HOSTS[location] } : {};
}

// The built-in sandbox answers each product at its one api_domain ({origin}/sandbox/{location}/api) under
// the path the product has at Zoho; a product with a host of its own (Desk, Mail) gets its name as the first
// segment. lib/sandbox/api/ answers exactly these paths (not Projects or WorkDrive: their error answers could
// not be confirmed from Zoho's pages, docs/zoho.md), so a sandbox grant is offered no host it cannot answer.
export const SANDBOX_PRODUCT_PATHS: Partial<Record<ProductId, string>> = {
  desk: "desk/api/v1",
  mail: "mail/api",
  books: "books/v3",
  bigin: "bigin/v2",
};

/** A sandbox grant's product base URLs, under its api_domain. */
export function sandboxProductHosts(apiDomain: string): ProductHosts {
  const base = apiDomain.replace(/\/+$/, "");
  return Object.fromEntries(Object.entries(SANDBOX_PRODUCT_PATHS).map(([id, path]) => [id, `${base}/${path}`]));
}

/** A grant's product base URLs: its DC's at Zoho, or the sandbox's under its api_domain. */
export function grantProductHosts(grant: { location: string; provider: "ZOHO" | "SANDBOX"; apiDomain: string }): ProductHosts {
  return grant.provider === "SANDBOX" ? sandboxProductHosts(grant.apiDomain) : productHostsFor(grant.location, "ZOHO");
}
