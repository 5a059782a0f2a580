import { describe, expect, it } from "vitest";
import { missingScopes } from "./missing-scopes";

// Scope grammar and coverage: docs/zoho.md "Scopes"; https://www.zoho.com/crm/developer/docs/api/v8/get-records.html
// ("scope=ZohoCRM.modules.ALL (or) ZohoCRM.modules.{module_name}.{operation_type}").
describe("missingScopes", () => {
  it.each([
    ["the same scope", ["ZohoCRM.users.READ"], ["ZohoCRM.users.READ"], []],
    ["in another case", ["ZohoCRM.users.READ"], ["zohocrm.users.read"], []],
    ["ALL covers READ", ["ZohoCRM.users.READ"], ["ZohoCRM.users.ALL"], []],
    ["modules.ALL covers one module", ["ZohoCRM.modules.leads.READ"], ["ZohoCRM.modules.ALL"], []],
    ["modules.READ covers one module's READ", ["ZohoCRM.modules.leads.READ"], ["ZohoCRM.modules.READ"], []],
    ["READ does not cover CREATE", ["ZohoCRM.modules.leads.CREATE"], ["ZohoCRM.modules.READ"], ["ZohoCRM.modules.leads.CREATE"]],
    [
      "one module does not cover another",
      ["ZohoCRM.modules.contacts.READ"],
      ["ZohoCRM.modules.leads.ALL"],
      ["ZohoCRM.modules.contacts.READ"],
    ],
    ["a narrower scope does not cover a broader one", ["ZohoCRM.modules.ALL"], ["ZohoCRM.modules.leads.ALL"], ["ZohoCRM.modules.ALL"]],
    ["another service's ALL covers nothing", ["ZohoCRM.org.READ"], ["ZohoBooks.settings.ALL"], ["ZohoCRM.org.READ"]],
    ["a prefix of a word is not a resource", ["ZohoCRM.settings.READ"], ["ZohoCRM.set.ALL"], ["ZohoCRM.settings.READ"]],
    [
      "COQL needs both, one held",
      ["ZohoCRM.coql.READ", "ZohoCRM.modules.leads.READ"],
      ["ZohoCRM.coql.READ"],
      ["ZohoCRM.modules.leads.READ"],
    ],
    ["repeats named once", ["Desk.basic.READ", "desk.basic.read"], [], ["Desk.basic.READ"]],
    ["nothing needed", [], ["ZohoCRM.users.READ"], []],
  ])("%s", (_, needed, held, missing) => {
    expect(missingScopes(needed, held)).toEqual(missing);
  });
});
