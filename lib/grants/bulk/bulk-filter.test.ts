import { describe, expect, it } from "vitest";
import { bulkFilter, bulkFilterFromQuery, bulkFilterQuery, describeBulkFilter } from "./bulk-filter";

describe("a bulk action's filter", () => {
  it("is the Grants page's filters without its sort and page", () => {
    expect(bulkFilter({ env: "production", status: "active", sort: "oldest", after: "abc" })).toEqual({
      env: "PRODUCTION",
      status: "ACTIVE",
    });
  });

  it("survives the round trip through the form's hidden field, and drops what does not parse", () => {
    const filter = bulkFilter({ client: "c1", scope: "ZohoCRM.modules.ALL", from: "2026-01-01", dc: "%00" });
    expect(bulkFilterFromQuery(bulkFilterQuery(filter))).toEqual(filter);
    expect(bulkFilterFromQuery("status=deleted&q=%00")).toEqual({});
  });

  it.each([
    [{}, "every grant of the workspace (no filter)"],
    [{ client: "c1", env: "PRODUCTION" as const, status: "ACTIVE" as const }, "client Alpha · production clients · status active"],
    [
      { scope: "ZohoCRM.modules.ALL", from: "2026-01-01", to: "2026-02-01" },
      "holds ZohoCRM.modules.ALL · created 2026-01-01 to 2026-02-01",
    ],
    [{ to: "2026-02-01", q: "books" }, "created on or before 2026-02-01 · matching “books”"],
    [{ status: "ACTIVE" as const, idleDays: 90 } as object, "status active · idleDays 90"],
  ])("reads %j as words", (filter, words) => {
    expect(describeBulkFilter(filter, "Alpha")).toBe(words);
  });
});
