import { describe, expect, it } from "vitest";
import { z } from "zod";
import { sandboxClientSchema } from "./sandbox-client-schema";

const errors = (input: unknown) => {
  const result = sandboxClientSchema.safeParse(input);
  return result.success ? null : z.flattenError(result.error).fieldErrors;
};

describe("sandboxClientSchema", () => {
  it("reads redirect URIs one per line, trimmed and without duplicates", () => {
    const parsed = sandboxClientSchema.parse({
      name: " CRM sync ",
      redirectUris: "http://localhost:3000/oauth/callback\r\n\n https://app.test/cb \nhttps://app.test/cb",
    });
    expect(parsed).toEqual({
      name: "CRM sync",
      type: "SERVER",
      redirectUris: ["http://localhost:3000/oauth/callback", "https://app.test/cb"],
    });
  });

  it("takes a JSON array too", () => {
    expect(sandboxClientSchema.parse({ name: "x", redirectUris: ["https://app.test/cb"] }).redirectUris).toEqual(["https://app.test/cb"]);
  });

  it("registers a Non-browser client without redirect URIs", () => {
    expect(sandboxClientSchema.parse({ name: "TV app", type: "NON_BROWSER" })).toEqual({
      name: "TV app",
      type: "NON_BROWSER",
      redirectUris: [],
    });
  });

  it.each([
    [{ name: "x", type: "NON_BROWSER", redirectUris: ["https://app.test/cb"] }, "redirectUris"],
    [{ name: "x", type: "SELF", redirectUris: ["https://app.test/cb"] }, "type"],
    [{ name: "", redirectUris: "https://app.test/cb" }, "name"],
    [{ name: "x", redirectUris: "" }, "redirectUris"],
    [{ name: "x", redirectUris: "/oauth/callback" }, "redirectUris"],
    [{ name: "x", redirectUris: "ftp://app.test/cb" }, "redirectUris"],
    [{ name: "x", redirectUris: "https://app.test/cb#frag" }, "redirectUris"],
    [{ name: "x" }, "redirectUris"],
    [{ redirectUris: "https://app.test/cb" }, "name"],
  ])("refuses %j with an error on %s", (input, field) => {
    expect(errors(input)?.[field as "name"]?.length).toBeGreaterThan(0);
  });
});
