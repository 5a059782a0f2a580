import { describe, expect, it } from "vitest";
import { matchesLike, parseCoql } from "./parse-coql";

// The sandbox's COQL subset (parse-coql.ts; Zoho's COQL: https://www.zoho.com/crm/developer/docs/api/v8/COQL-Overview.html).
describe("parseCoql", () => {
  it.each([
    ["select Last_Name from Leads", { fields: ["Last_Name"], module: "Leads", where: null, limit: 200, offset: 0 }],
    ["SELECT Last_Name, Email FROM Leads LIMIT 5", { fields: ["Last_Name", "Email"], limit: 5, offset: 0 }],
    ["select id from Leads where Last_Name = 'O''Brien'", { where: { field: "Last_Name", op: "=", value: "O'Brien" } }],
    ["select id from Leads where Email like '%@zylker.example' limit 10 offset 20", { where: { op: "like" }, limit: 10, offset: 20 }],
    ["select id from Leads limit 20, 10;", { limit: 10, offset: 20 }],
    ["select id from Leads limit 2000", { limit: 2000 }],
  ])("reads %s", (query, expected) => {
    expect(parseCoql(query)).toMatchObject(expected);
  });

  it.each([
    ["", "SYNTAX_ERROR"],
    ["select from Leads", "SYNTAX_ERROR"],
    ["select * from Leads", "SYNTAX_ERROR"],
    ["select id Leads", "SYNTAX_ERROR"],
    ["select id from", "SYNTAX_ERROR"],
    ["select id from Leads where Last_Name = 'x' and Email = 'y'", "SYNTAX_ERROR"],
    ["select id from Leads where Last_Name > 'x'", "SYNTAX_ERROR"],
    ["select id from Leads where Last_Name = x", "SYNTAX_ERROR"],
    ["select id from Leads where Last_Name = 'unterminated", "SYNTAX_ERROR"],
    ["select id from Leads order by id", "SYNTAX_ERROR"],
    ["select id from Leads limit", "SYNTAX_ERROR"],
    ["select id from Leads limit 5 offset", "SYNTAX_ERROR"],
    ["select id from Leads limit -1", "SYNTAX_ERROR"],
    ["select id from Leads; drop table Leads", "SYNTAX_ERROR"],
    ["select id\u0000 from Leads", "SYNTAX_ERROR"],
    ["select id from Leads".padEnd(10_001, " "), "SYNTAX_ERROR"],
    ["select id from Leads limit 2001", "LIMIT_EXCEEDED"],
    ["select id from Leads limit 0", "LIMIT_EXCEEDED"],
    ["select id from Leads limit 99999999999999999999", "LIMIT_EXCEEDED"],
    ["select id from Leads limit 2000 offset 98001", "LIMIT_EXCEEDED"],
  ])("refuses %j with %s", (query, code) => {
    expect(parseCoql(query)).toMatchObject({ code });
  });

  it("says where a syntax error is", () => {
    expect(parseCoql("select id from Leads where a > 'b'")).toEqual({ code: "SYNTAX_ERROR", details: { near: ">", column: 30 } });
  });
});

describe("matchesLike", () => {
  it.each([
    ["Carter", "car%", true],
    ["Carter", "%ter", true],
    ["Carter", "%rt%", true],
    ["Carter", "carter", true],
    ["Carter", "%x%", false],
    ["Carter", "ter%", false],
  ])("%s like %s is %s", (value, pattern, expected) => {
    expect(matchesLike(value, pattern)).toBe(expected);
  });
});
