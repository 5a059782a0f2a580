import { describe, expect, it } from "vitest";
import { setArchivedSchema, typeRuleIssues } from "./schemas";

// The type rules are checked by the create schema and, for an edit, by updateClient against the stored
// type and provider: one function, so both answer alike.
const base = {
  type: "SERVER" as const,
  provider: "ZOHO" as const,
  homeDc: "us",
  enabledDcs: [] as string[],
  redirectUris: ["https://app.example/cb"],
};

describe("typeRuleIssues", () => {
  it.each([
    ["a Server-based client with a redirect URI", base, []],
    ["a Server-based client without one", { ...base, redirectUris: [] }, ["redirectUris"]],
    ["a Self Client with a redirect URI", { ...base, type: "SELF" as const }, ["redirectUris"]],
    [
      "a Self Client with another DC (no Multi-DC)",
      { ...base, type: "SELF" as const, redirectUris: [], enabledDcs: ["eu"] },
      ["enabledDcs"],
    ],
    ["plain http at Zoho", { ...base, redirectUris: ["http://app.example/cb"] }, ["redirectUris"]],
    ["plain http in the sandbox", { ...base, provider: "SANDBOX" as const, redirectUris: ["http://127.0.0.1:3000/cb"] }, []],
    ["a required secret that is too short", { ...base, clientSecret: "short" }, ["clientSecret"]],
    ["an edit (no secret field)", { ...base, clientSecret: undefined }, []],
  ])("%s", (_, value, paths) => {
    expect(typeRuleIssues(value).map((i) => i.path)).toEqual(paths);
  });
});

describe("setArchivedSchema", () => {
  it("reads the bound flag, and refuses anything else", () => {
    expect(setArchivedSchema.parse({ clientId: "c1", archived: "true" })).toEqual({ clientId: "c1", archived: true });
    expect(setArchivedSchema.parse({ clientId: "c1", archived: "false" })).toEqual({ clientId: "c1", archived: false });
    expect(setArchivedSchema.safeParse({ clientId: "c1", archived: "true\uFFFD" }).success).toBe(false);
  });
});
