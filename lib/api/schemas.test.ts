import { describe, expect, it } from "vitest";
import { grantsQuerySchema, pageQuerySchema } from "./schemas";

describe("API query strings", () => {
  it("defaults and coercion", () => {
    expect(pageQuerySchema.parse({})).toEqual({ limit: 50 });
    expect(grantsQuerySchema.parse({ limit: "200", cursor: "abc_1", status: "active", location: "eu", zohoUser: " a@b.c " })).toEqual({
      limit: 200,
      cursor: "abc_1",
      status: "ACTIVE",
      location: "eu",
      zohoUser: "a@b.c",
    });
  });

  it.each([
    [pageQuerySchema, { limit: "0" }],
    [pageQuerySchema, { limit: "201" }],
    [pageQuerySchema, { limit: "1.5" }],
    [pageQuerySchema, { limit: "ten" }],
    [pageQuerySchema, { limit: "" }],
    [pageQuerySchema, { cursor: "not an id" }],
    [pageQuerySchema, { status: "ACTIVE" }],
    [grantsQuerySchema, { status: "GONE" }],
    [grantsQuerySchema, { location: "mars" }],
    [grantsQuerySchema, { clientId: "typo" }],
  ])("refuses %#", (schema, input) => {
    expect(schema.safeParse(input).success).toBe(false);
  });
});
