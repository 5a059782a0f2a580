import "server-only";
import { answerCoql, LEADS_READ } from "./answer-coql";
import { createLeads, getLead, listLeads } from "./answer-leads";
import { currentUserBody, orgBody, type CrmOwner } from "./crm-records";
import { scopesFor } from "./has-scope";
import { booksOrganizations, deskOrganizations, mailAccounts } from "./product-bodies";
import type { ProductId } from "./product-errors";
import type { ApiToken } from "./read-api-token";

// Every path the sandbox's api_domain answers, with the scopes that open it (a token needs one of them).
// Paths are those of lib/zoho/product-hosts.ts SANDBOX_PRODUCT_PATHS: CRM and Bigin as at www.zohoapis.*,
// Books at books/v3, Desk at desk/api/v1, Mail at mail/api. Scopes, per product:
// - CRM: https://www.zoho.com/crm/developer/docs/api/v8/scopes.html (users, org, coql) and the Get/Insert
//   Records pages ("ZohoCRM.modules.ALL (or) ZohoCRM.modules.{module_name}.{operation_type}"); COQL also needs
//   the module's read scope (answer-coql.ts).
// - Bigin: ZohoBigin.users.{ALL,READ} (https://www.bigin.com/developer/docs/apis/v2/scopes.html).
// - Books: "GET /organizations … oauthscope: ZohoBooks.settings.READ" (https://www.zoho.com/books/api/v3/introduction/);
//   ZohoBooks.fullaccess.all covers every Books API.
// - Desk: Desk.basic.{ALL,READ} for the organizations API (https://desk.zoho.com/DeskAPIDocument, Organizations).
// - Mail: "ZohoMail.accounts.ALL (or) ZohoMail.accounts.READ" (https://www.zoho.com/mail/help/api/get-all-users-accounts.html).
// CRM versions v2, v2.1 and v3 to v8 answer alike here (v3+ require `fields` when listing, read-list-params.ts).
export type RouteContext = { request: Request; token: ApiToken; owner: CrmOwner; match: RegExpExecArray; origin: string };
export type Route = {
  product: ProductId;
  method: "GET" | "POST";
  path: RegExp;
  scopes: readonly string[];
  answer: (ctx: RouteContext) => Promise<Response> | object | null;
};

const V = "(v2|v2\\.1|v[3-8])";
// WRITE is CRM's alias for CREATE, UPDATE and DELETE (https://www.zoho.com/crm/developer/docs/api/v6/select-api-scopes.html).
export const LEADS_CREATE = ["ALL", "CREATE", "WRITE"].flatMap((op) => [`ZohoCRM.modules.${op}`, `ZohoCRM.modules.leads.${op}`]);

export const ROUTES: Route[] = [
  {
    product: "crm",
    method: "GET",
    path: new RegExp(`^crm/${V}/users$`),
    scopes: scopesFor("ZohoCRM.users", "READ"),
    answer: (c) => currentUserBody(c.owner),
  },
  {
    product: "crm",
    method: "GET",
    path: new RegExp(`^crm/${V}/org$`),
    scopes: scopesFor("ZohoCRM.org", "READ"),
    answer: (c) => orgBody(c.owner),
  },
  {
    product: "crm",
    method: "POST",
    path: new RegExp(`^crm/${V}/coql$`),
    scopes: scopesFor("ZohoCRM.coql", "READ"),
    answer: (c) => answerCoql(c.request, c.token),
  },
  {
    product: "crm",
    method: "GET",
    path: new RegExp(`^crm/${V}/leads$`, "i"),
    scopes: LEADS_READ,
    answer: (c) => listLeads(c.request, c.token, c.match[1]),
  },
  {
    product: "crm",
    method: "POST",
    path: new RegExp(`^crm/${V}/leads$`, "i"),
    scopes: LEADS_CREATE,
    answer: (c) => createLeads(c.request, c.token),
  },
  {
    product: "crm",
    method: "GET",
    path: new RegExp(`^crm/${V}/leads/([0-9]{1,19})$`, "i"),
    scopes: LEADS_READ,
    answer: (c) => getLead(c.request, c.token, c.match[2]),
  },
  {
    product: "bigin",
    method: "GET",
    path: /^bigin\/v2\/users$/,
    scopes: scopesFor("ZohoBigin.users", "READ"),
    answer: (c) => currentUserBody(c.owner),
  },
  {
    product: "books",
    method: "GET",
    path: /^books\/v3\/organizations$/,
    scopes: ["ZohoBooks.fullaccess.all", ...scopesFor("ZohoBooks.settings", "READ")],
    answer: (c) => booksOrganizations(c.owner),
  },
  {
    product: "desk",
    method: "GET",
    path: /^desk\/api\/v1\/organizations$/,
    scopes: scopesFor("Desk.basic", "READ"),
    answer: (c) => deskOrganizations(c.owner, c.origin),
  },
  {
    product: "mail",
    method: "GET",
    path: /^mail\/api\/accounts$/,
    scopes: scopesFor("ZohoMail.accounts", "READ"),
    answer: (c) => mailAccounts(c.owner),
  },
];

// crm/v{n}/<Module>[/…] for a module the sandbox does not have: CRM's INVALID_MODULE (the segment after the
// version is the module, "resource_path_index" 0 — json_details.json, record/api_exception details).
export const CRM_MODULE_PATH = new RegExp(`^crm/${V}/[A-Za-z][A-Za-z0-9_]*(/[^/]*)?$`);
