import { describe, expect, it } from "vitest";
import { parseHeaderLines, parseQueryLines, sendApiCallSchema } from "./schemas";

const base = { grantId: "g1", method: "GET", base: "api", path: "/crm/v8/users" };

describe("the runner's form", () => {
  it("reads query lines as name=value pairs, keeping '=' in values and empty values", () => {
    expect(parseQueryLines("type=CurrentUser\n\n criteria = (Email:equals:a=b) \nflag")).toEqual([
      ["type", "CurrentUser"],
      ["criteria", "(Email:equals:a=b)"],
      ["flag", ""],
    ]);
    expect(parseQueryLines("=nameless")).toMatch(/no name/);
  });

  it("reads header lines as Name: value", () => {
    expect(parseHeaderLines("orgId: 123\nX-Note: a: b")).toEqual([
      ["orgId", "123"],
      ["X-Note", "a: b"],
    ]);
    expect(parseHeaderLines("no colon here")).toMatch(/is not "Name: value"/);
    expect(parseHeaderLines(": empty name")).toMatch(/is not "Name: value"/);
  });

  it.each([
    [{ method: "TRACE" }, "method"],
    [{ base: "https://evil.example" }, "base"],
    [{ path: "" }, "path"],
    [{ path: "x".repeat(2001) }, "path"],
    [{ method: "POST", body: "{not json" }, "body"],
    [{ method: "GET", body: '{"a":1}' }, "body"],
    [{ method: "POST", body: `"${"x".repeat(300 * 1024)}"` }, "body"],
    [{ query: "=x" }, "query"],
    [{ headers: "nope" }, "headers"],
    [{ retry: "always" }, "retry"],
  ])("refuses %j with an error on %s", (change, field) => {
    const parsed = sendApiCallSchema.safeParse({ ...base, ...change });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path[0])).toContain(field);
  });

  it("takes a JSON body on POST, and no body on GET", () => {
    expect(
      sendApiCallSchema.parse({ ...base, method: "POST", body: '{"select_query":"select Last_Name from Leads limit 1"}' }).body,
    ).toContain("select");
    expect(sendApiCallSchema.parse(base)).toMatchObject({ query: [], headers: [], body: "", retry: "" });
  });
});
