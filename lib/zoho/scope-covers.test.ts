import { describe, expect, it } from "vitest";
import { missingScopes } from "./scope-covers";

// CRM's scopes page (https://www.zoho.com/crm/developer/docs/api/v8/scopes.html) and Books' full access scope.
describe("missingScopes", () => {
  it.each([
    [["ZohoCRM.users.READ"], "ZohoCRM.users.READ", true],
    [["zohocrm.users.read"], "ZohoCRM.users.READ", true],
    [["ZohoCRM.users.ALL"], "ZohoCRM.users.READ", true],
    [["ZohoCRM.modules.ALL"], "ZohoCRM.modules.leads.READ", true],
    [["ZohoCRM.modules.READ"], "ZohoCRM.modules.leads.READ", true],
    [["ZohoCRM.modules.leads.ALL"], "ZohoCRM.modules.leads.READ", true],
    [["ZohoBooks.fullaccess.all"], "ZohoBooks.settings.READ", true],
    [["ZohoCRM.modules.READ"], "ZohoCRM.modules.leads.CREATE", false],
    [["ZohoCRM.modules.contacts.ALL"], "ZohoCRM.modules.leads.READ", false],
    [["ZohoCRM.users.READ"], "ZohoCRM.org.READ", false],
    [["ZohoCRM.modules.leads.READ"], "ZohoCRM.modules.READ", false],
    [["ZohoBooks.fullaccess.all"], "ZohoCRM.users.READ", false],
    [["AaaServer.profile.READ"], "AaaServer.profile.READ", true],
    [[], "AaaServer.profile.READ", false],
  ])("%j covers %s: %s", (held, needed, covered) => {
    expect(missingScopes(held, [needed])).toEqual(covered ? [] : [needed]);
  });
});
