import { describe, expect, it } from "vitest";
import { groupByService, SCOPE_CATALOG, searchScopes, suggestScopes } from "./scope-catalog";

describe("suggestScopes: what the picker offers", () => {
  it("matches scope, product and description, case-insensitively", () => {
    expect(suggestScopes("LEADS", []).map((c) => c.scope)).toEqual(["ZohoCRM.modules.leads.READ", "ZohoCRM.modules.leads.ALL"]);
    expect(suggestScopes("books", []).every((c) => c.service === "Books")).toBe(true);
    expect(suggestScopes("webhooks", []).map((c) => c.scope)).toEqual(["ZohoCRM.notifications.ALL"]);
  });

  it("leaves out what is chosen already, in any case, and still fills the list up to the limit", () => {
    const first = searchScopes("", 3).map((c) => c.scope);
    const offered = suggestScopes("", [first[0], first[1].toUpperCase()], 3).map((c) => c.scope);
    expect(offered).not.toContain(first[0]);
    expect(offered).not.toContain(first[1]);
    expect(offered).toHaveLength(3);
  });

  it("offers nothing for text that matches nothing (the text can still be added as typed)", () => {
    expect(suggestScopes("Custom.thing.READ", [])).toEqual([]);
  });

  it("caps the list at the limit", () => {
    expect(suggestScopes("", [], 10)).toHaveLength(10);
    expect(suggestScopes("zohocrm", [], 4)).toHaveLength(4);
  });
});

describe("groupByService: options grouped by product", () => {
  it("keeps the catalog's order of products and of scopes within each", () => {
    const groups = groupByService(suggestScopes("read", [], 50));
    const services = groups.map((g) => g.service);
    expect(new Set(services).size).toBe(services.length);
    const catalogOrder = [...new Set(SCOPE_CATALOG.map((c) => c.service))].filter((s) => services.includes(s));
    expect(services).toEqual(catalogOrder);
    for (const g of groups) expect(g.scopes.every((c) => c.service === g.service)).toBe(true);
    expect(groups.flatMap((g) => g.scopes)).toHaveLength(suggestScopes("read", [], 50).length);
  });

  it("is empty for no scopes", () => {
    expect(groupByService([])).toEqual([]);
  });
});
