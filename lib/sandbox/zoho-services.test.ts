import { describe, expect, it } from "vitest";
import { scopesNeedingAccount, soidServices } from "./zoho-services";

describe("Zoho apps that need an organization", () => {
  it.each<[string[], string[]]>([
    [["ZohoCRM.modules.ALL"], ["ZohoCRM"]],
    [
      ["Desk.tickets.READ", "ZohoCRM.users.READ"],
      ["ZohoDesk", "ZohoCRM"],
    ],
    [["ZohoCliq.Webhooks.CREATE"], []],
    [["ZohoMail.messages.ALL", "openid"], []],
  ])("client_credentials with %j needs soid for %j", (scopes, services) => expect(soidServices(scopes)).toEqual(services));

  it("consent: CRM, Bigin, Desk… need an account, Mail and OpenID Connect do not", () => {
    expect(
      scopesNeedingAccount([
        "zohocrm.modules.ALL",
        "ZohoBigin.users.ALL",
        "PhoneBridge.call.log",
        "ZohoMail.messages.ALL",
        "openid",
        "AaaServer.profile.READ",
      ]),
    ).toEqual(["zohocrm.modules.ALL", "ZohoBigin.users.ALL", "PhoneBridge.call.log"]);
  });
});
