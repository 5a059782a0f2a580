import { describe, expect, it } from "vitest";
import { readListParams } from "./read-list-params";

// Zoho CRM's Get Records parameters (https://www.zoho.com/crm/developer/docs/api/v8/get-records.html).
const read = (query: string, version = "v8") => readListParams(new URLSearchParams(query), version);

describe("readListParams", () => {
  it("reads fields, page and per_page, with CRM's defaults (page 1, per_page 200)", () => {
    expect(read("fields=Last_Name,Email")).toEqual({ fields: ["Last_Name", "Email"], page: 1, perPage: 200 });
    expect(read("fields=Last_Name&page=3&per_page=5")).toEqual({ fields: ["Last_Name"], page: 3, perPage: 5 });
  });

  it("v3 to v8 require fields when listing; v2 and v2.1 do not", () => {
    for (const version of ["v3", "v5", "v8"])
      expect(read("", version)).toEqual({ code: "REQUIRED_PARAM_MISSING", details: { param: "fields" } });
    expect(read("fields=", "v8")).toMatchObject({ code: "REQUIRED_PARAM_MISSING" });
    expect(read("", "v2")).toEqual({ fields: null, page: 1, perPage: 200 });
    expect(read("", "v2.1")).toMatchObject({ fields: null });
  });

  it.each([
    ["page=0", "INVALID_DATA"],
    ["page=-1", "INVALID_DATA"],
    ["page=abc", "INVALID_DATA"],
    ["page=1.5", "INVALID_DATA"],
    ["page=1e3", "INVALID_DATA"],
    ["per_page=0", "INVALID_DATA"],
    ["per_page=201", "INVALID_DATA"],
    ["page_token=abc", "INVALID_DATA"],
    ["page=11&per_page=200", "DISCRETE_PAGINATION_LIMIT_EXCEEDED"],
    ["page=2001&per_page=1", "DISCRETE_PAGINATION_LIMIT_EXCEEDED"],
    ["page=99999999999999999999999", "DISCRETE_PAGINATION_LIMIT_EXCEEDED"],
    [`fields=${Array.from({ length: 51 }, (_, i) => `F${i}`).join(",")}`, "LIMIT_EXCEEDED"],
  ])("refuses %s with %s", (query, code) => {
    expect(read(`fields=Last_Name&${query}`.replace(/^fields=Last_Name&fields=/, "fields="))).toMatchObject({ code });
  });

  it("page 10 of 200 is the last page-number page (2,000 records)", () => {
    expect(read("fields=id&page=10&per_page=200")).toMatchObject({ page: 10, perPage: 200 });
  });
});
