// Common Zoho scopes by service, for the builder's search. Free text stays allowed: this is a help,
// not the list of what exists.
export type CatalogScope = { scope: string; service: string; description: string };

const s = (service: string, entries: [string, string][]): CatalogScope[] =>
  entries.map(([scope, description]) => ({ scope, service, description }));

export const SCOPE_CATALOG: readonly CatalogScope[] = [
  ...s("Accounts", [["AaaServer.profile.READ", "Who the user is (lets the console show the Zoho user)"]]),
  // Sign in using Zoho (OIDC): an ID token with the user (https://www.zoho.com/accounts/protocol/oauth/sign-in-using-zoho.html).
  ...s("OpenID Connect", [
    ["openid", "Sign in with Zoho: an ID token naming the user"],
    ["email", "The user's email address, in the ID token"],
    ["profile", "The user's name, in the ID token"],
  ]),
  ...s("CRM", [
    ["ZohoCRM.modules.ALL", "All modules: read and write records"],
    ["ZohoCRM.modules.READ", "Read records of all modules"],
    ["ZohoCRM.modules.leads.READ", "Read leads"],
    ["ZohoCRM.modules.leads.ALL", "Read and write leads"],
    ["ZohoCRM.modules.contacts.ALL", "Read and write contacts"],
    ["ZohoCRM.modules.deals.ALL", "Read and write deals"],
    ["ZohoCRM.settings.ALL", "Settings: fields, layouts, modules"],
    ["ZohoCRM.users.READ", "Read users"],
    ["ZohoCRM.org.READ", "Read the organization"],
    ["ZohoCRM.bulk.READ", "Bulk read jobs"],
    ["ZohoCRM.coql.READ", "COQL queries"],
    ["ZohoCRM.notifications.ALL", "Notification channels (webhooks)"],
  ]),
  ...s("Books", [
    ["ZohoBooks.fullaccess.all", "Everything in Books"],
    ["ZohoBooks.invoices.READ", "Read invoices"],
    ["ZohoBooks.invoices.CREATE", "Create invoices"],
    ["ZohoBooks.contacts.ALL", "Contacts"],
  ]),
  ...s("Analytics", [
    ["ZohoAnalytics.fullaccess.all", "Everything in Analytics"],
    ["ZohoAnalytics.data.all", "Import and export data"],
    ["ZohoAnalytics.modeling.create", "Create tables and views"],
  ]),
  ...s("Desk", [
    ["Desk.tickets.ALL", "Tickets"],
    ["Desk.tickets.READ", "Read tickets"],
    ["Desk.contacts.READ", "Read contacts"],
    ["Desk.basic.READ", "Organizations and departments"],
  ]),
  ...s("Mail", [
    ["ZohoMail.messages.ALL", "Messages"],
    ["ZohoMail.accounts.READ", "Mail accounts"],
    ["ZohoMail.folders.READ", "Folders"],
  ]),
  ...s("Projects", [
    ["ZohoProjects.projects.ALL", "Projects"],
    ["ZohoProjects.portals.READ", "Portals"],
    ["ZohoProjects.tasks.ALL", "Tasks"],
  ]),
  ...s("Billing", [
    ["ZohoBilling.subscriptions.ALL", "Subscriptions"],
    ["ZohoBilling.customers.READ", "Customers"],
  ]),
  ...s("Inventory", [["ZohoInventory.FullAccess.all", "Everything in Inventory"]]),
  ...s("Calendar", [
    ["ZohoCalendar.event.ALL", "Events"],
    ["ZohoCalendar.calendar.READ", "Calendars"],
  ]),
  ...s("Bigin", [
    ["ZohoBigin.users.ALL", "Users"],
    ["ZohoBigin.modules.ALL", "Modules"],
  ]),
  ...s("PhoneBridge", [
    ["PhoneBridge.call.log", "Call logging"],
    ["PhoneBridge.zohoone.search", "Zoho One search"],
  ]),
  ...s("WorkDrive", [
    ["WorkDrive.files.READ", "Read files"],
    ["WorkDrive.files.ALL", "Files"],
    ["WorkDrive.workspace.READ", "Team folders"],
  ]),
];

export function searchScopes(query: string, limit = 8): CatalogScope[] {
  const q = query.trim().toLowerCase();
  if (!q) return SCOPE_CATALOG.slice(0, limit);
  return SCOPE_CATALOG.filter(
    (c) => c.scope.toLowerCase().includes(q) || c.service.toLowerCase().includes(q) || c.description.toLowerCase().includes(q),
  ).slice(0, limit);
}

/** What the scope picker offers for what is typed: catalog matches not chosen yet, at most `limit`. */
export function suggestScopes(query: string, chosen: readonly string[], limit = 10): CatalogScope[] {
  const taken = new Set(chosen.map((s) => s.toLowerCase()));
  return searchScopes(query, SCOPE_CATALOG.length)
    .filter((c) => !taken.has(c.scope.toLowerCase()))
    .slice(0, limit);
}

export type ScopeGroup = { service: string; scopes: CatalogScope[] };

/** Scopes grouped by their product, groups in the order they first appear (the catalog's order). */
export function groupByService(scopes: readonly CatalogScope[]): ScopeGroup[] {
  const groups = new Map<string, CatalogScope[]>();
  for (const c of scopes) groups.set(c.service, [...(groups.get(c.service) ?? []), c]);
  return [...groups].map(([service, list]) => ({ service, scopes: list }));
}
