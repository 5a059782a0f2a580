import { describe, expect, it } from "vitest";
import { countExportRows } from "./count-export-rows";

describe("countExportRows", () => {
  it("counts CSV records, not lines: a quoted cell may hold line breaks", () => {
    const csv = 'seq,data\n1,"{""a"":1}"\n2,"two\nlines"\n3,x\n';
    expect(countExportRows(csv, "csv")).toBe(3);
  });
  it("a CSV with only its header holds nothing", () => {
    expect(countExportRows("seq,data\n", "csv")).toBe(0);
    expect(countExportRows("", "csv")).toBe(0);
  });
  it("counts the events of a JSON export", () => {
    expect(countExportRows('[\n{"seq":1},\n{"seq":2}\n]\n', "json")).toBe(2);
    expect(countExportRows("[\n\n]\n", "json")).toBe(0);
    expect(countExportRows("[ cut short", "json")).toBe(0);
  });
});
