import { describe, expect, it } from "vitest";
import { exportRowCounter } from "./export-row-counter";

function count(text: string, format: "csv" | "json", chunk = 3) {
  const counter = exportRowCounter(format);
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += chunk) counter.push(bytes.subarray(i, i + chunk));
  return counter.count;
}

describe("exportRowCounter", () => {
  it("counts CSV records, not lines: a quoted cell may hold line breaks, split across chunks", () => {
    const csv = 'seq,data\n1,"{""a"":1}"\n2,"two\nlines"\n3,x\n';
    expect(count(csv, "csv")).toBe(3);
    expect(count(csv, "csv", 1)).toBe(3);
    expect(count(csv.trimEnd(), "csv")).toBe(3); // a last record without its line break
  });
  it("a CSV with only its header holds nothing", () => {
    expect(count("seq,data\r\n", "csv")).toBe(0);
    expect(count("", "csv")).toBe(0);
  });
  it("counts the events of a JSON export, whatever their text holds", () => {
    expect(count('[\n{"seq":1,"data":"{ é \\n"},\n{"seq":2}\n]\n', "json")).toBe(2);
    expect(count("[\n\n]\n", "json")).toBe(0);
    expect(count("[ cut short", "json")).toBe(0);
  });
});
