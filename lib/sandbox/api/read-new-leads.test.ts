import { describe, expect, it } from "vitest";
import { readNewLeads } from "./read-new-leads";

// Insert Records (https://www.zoho.com/crm/developer/docs/api/v8/insert-records.html): {"data":[…]}, 100 at
// most, Last_Name mandatory, answered per record.
describe("readNewLeads", () => {
  it.each([
    [null, "INVALID_DATA"],
    [[], "INVALID_DATA"],
    ["text", "INVALID_DATA"],
    [{}, "REQUIRED_PARAM_MISSING"],
    [{ data: {} }, "INVALID_DATA"],
    [{ data: [] }, "INVALID_DATA"],
    [{ data: Array.from({ length: 101 }, () => ({ Last_Name: "x" })) }, "LIMIT_EXCEEDED"],
  ])("refuses the body %j with %s", (body, code) => {
    const read = readNewLeads(body);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error[0]).toBe(code);
  });

  it("answers each record: created, or CRM's error with the field and its JSON path", () => {
    const read = readNewLeads({
      data: [
        { Last_Name: "Carter", Email: "a@b.test", Unknown_Field: "ignored" },
        { First_Name: "No last name" },
        { Last_Name: "x", Company: 42 },
        { Last_Name: "x", City: "a\u0000b" },
        { Last_Name: "x".repeat(256) },
        "not a record",
      ],
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.records[0]).toEqual({ ok: true, lead: { Last_Name: "Carter", Email: "a@b.test" } });
    expect(read.records[1]).toEqual({
      ok: false,
      error: {
        code: "MANDATORY_NOT_FOUND",
        details: { api_name: "Last_Name", json_path: "$.data[1].Last_Name" },
        message: "required field not found",
        status: "error",
      },
    });
    expect(read.records[2]).toMatchObject({
      ok: false,
      error: { code: "INVALID_DATA", details: { api_name: "Company", json_path: "$.data[2].Company" } },
    });
    expect(read.records[3]).toMatchObject({ ok: false, error: { code: "INVALID_DATA", details: { api_name: "City" } } });
    expect(read.records[4]).toMatchObject({ ok: false, error: { code: "INVALID_DATA", details: { api_name: "Last_Name" } } });
    expect(read.records[5]).toMatchObject({ ok: false, error: { code: "INVALID_DATA", details: { json_path: "$.data[5]" } } });
  });
});
