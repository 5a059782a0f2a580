import type { ApiBase } from "@/lib/zoho/api-target";
import type { ApiMethod } from "@/lib/zoho/send-api-request";

// Ready requests for the runner, one per common first call of a product, with the scopes Zoho
// requires for it (each row names its page). `base` is where the path goes: the grant's api_domain,
// its accounts server, or a product's own host in the grant's DC (lib/zoho/product-hosts.ts).
export type { ApiBase, ApiMethod };
export type ApiTemplate = {
  id: string;
  product: string;
  title: string;
  method: ApiMethod;
  base: ApiBase;
  path: string;
  query: [string, string][];
  body?: string;
  /** Each needed scope; a broader one the grant holds covers it (lib/zoho/missing-scopes.ts). */
  scopes: string[];
  source: string;
};

const t = (template: Omit<ApiTemplate, "query"> & { query?: [string, string][] }): ApiTemplate => ({ query: [], ...template });

export const API_TEMPLATES: readonly ApiTemplate[] = [
  t({
    id: "profile",
    product: "Accounts",
    title: "Who the user is",
    method: "GET",
    base: "accounts",
    path: "/oauth/user/info",
    scopes: ["AaaServer.profile.READ"],
    source: "https://www.zoho.com/accounts/protocol/oauth/use-access-token.html",
  }),
  t({
    id: "crm-current-user",
    product: "CRM",
    title: "Current user",
    method: "GET",
    base: "api",
    path: "/crm/v8/users",
    query: [["type", "CurrentUser"]],
    scopes: ["ZohoCRM.users.READ"],
    source: "https://www.zoho.com/crm/developer/docs/api/v8/get-users.html",
  }),
  t({
    id: "crm-org",
    product: "CRM",
    title: "Organization",
    method: "GET",
    base: "api",
    path: "/crm/v8/org",
    scopes: ["ZohoCRM.org.READ"],
    source: "https://www.zoho.com/crm/developer/docs/api/v8/get-org-data.html",
  }),
  t({
    id: "crm-leads",
    product: "CRM",
    title: "Leads (first page)",
    method: "GET",
    base: "api",
    path: "/crm/v8/Leads",
    // v8 lists only the fields asked for: `fields` is mandatory.
    query: [
      ["fields", "Last_Name,First_Name,Email,Company"],
      ["per_page", "10"],
    ],
    scopes: ["ZohoCRM.modules.leads.READ"],
    source: "https://www.zoho.com/crm/developer/docs/api/v8/get-records.html",
  }),
  t({
    id: "crm-coql",
    product: "CRM",
    title: "COQL query",
    method: "POST",
    base: "api",
    path: "/crm/v8/coql",
    body: JSON.stringify({ select_query: "select Last_Name, Email, Company from Leads where Last_Name is not null limit 10" }, null, 2),
    scopes: ["ZohoCRM.coql.READ", "ZohoCRM.modules.leads.READ"],
    source: "https://www.zoho.com/crm/developer/docs/api/v8/COQL-Overview.html",
  }),
  t({
    id: "books-organizations",
    product: "Books",
    title: "Organizations",
    method: "GET",
    base: "books",
    path: "/organizations",
    scopes: ["ZohoBooks.settings.READ"],
    source: "https://www.zoho.com/books/api/v3/introduction/#organization-id",
  }),
  t({
    id: "desk-organizations",
    product: "Desk",
    title: "Organizations",
    method: "GET",
    base: "desk",
    path: "/organizations",
    scopes: ["Desk.basic.READ"],
    source: "https://desk.zoho.com/DeskAPIDocument#Organizations#Organizations_Getallorganizations",
  }),
  t({
    id: "mail-accounts",
    product: "Mail",
    title: "Mail accounts",
    method: "GET",
    base: "mail",
    path: "/accounts",
    scopes: ["ZohoMail.accounts.READ"],
    source: "https://www.zoho.com/mail/help/api/get-all-users-accounts.html",
  }),
  t({
    id: "projects-portals",
    product: "Projects",
    title: "Portals",
    method: "GET",
    base: "projects",
    path: "/portals",
    scopes: ["ZohoProjects.portals.READ"],
    source: "https://projects.zoho.com/api-docs#portals",
  }),
  t({
    id: "workdrive-me",
    product: "WorkDrive",
    title: "Current user",
    method: "GET",
    base: "workdrive",
    path: "/api/v1/users/me",
    // The scope as WorkDrive clients use it; Zoho's WorkDrive page could not be read here (docs/zoho.md).
    scopes: ["WorkDrive.users.READ"],
    source: "https://workdrive.zoho.com/apidocs/v1/users/getcurrentuser",
  }),
  t({
    id: "bigin-current-user",
    product: "Bigin",
    title: "Current user",
    method: "GET",
    base: "bigin",
    path: "/users",
    query: [["type", "CurrentUser"]],
    // Bigin's v2 API is CRM's shape: ZohoBigin.users.{ALL|READ} like ZohoCRM.users.
    scopes: ["ZohoBigin.users.READ"],
    source: "https://www.bigin.com/developer/docs/apis/v2/get-users.html",
  }),
];

export const findTemplate = (id: string | null | undefined) => API_TEMPLATES.find((t) => t.id === id) ?? null;

/** Query pairs as the runner's text box shows them: one name=value per line. */
export const queryText = (pairs: [string, string][]) => pairs.map(([n, v]) => `${n}=${v}`).join("\n");

/** Headers as the runner's text box shows them: one "Name: value" per line. */
export const headerText = (pairs: [string, string][]) => pairs.map(([n, v]) => `${n}: ${v}`).join("\n");
