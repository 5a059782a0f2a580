import { describe, expect, it } from "vitest";
import { searchQuery } from "./audit-filter";

describe("audit search query", () => {
  it("turns words into ANDed prefixes, split where the index splits", () => {
    expect(searchQuery("renam owner@exa")).toBe("renam:* & owner:* & exa:*");
    expect(searchQuery("client.created  Zoho")).toBe("client:* & created:* & Zoho:*");
    expect(searchQuery("Müller 42")).toBe("Müller:* & 42:*");
  });

  it("leaves no tsquery syntax, and nothing for an empty search", () => {
    expect(searchQuery("a & b | !c (d) 'e':* \\f")).toBe("a:* & b:* & c:* & d:* & e:* & f:*");
    expect(searchQuery("&|!():*")).toBeNull();
    expect(searchQuery(undefined)).toBeNull();
  });
});
