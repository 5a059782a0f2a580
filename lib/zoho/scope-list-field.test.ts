import { describe, expect, it } from "vitest";
import { selfClientFileSchema, startAuthorizationSchema } from "@/lib/authorizations/schemas";
import { createClientSchema } from "@/lib/clients/schemas";

const authorize = (scopes: string) =>
  startAuthorizationSchema.safeParse({ clientId: "c1", location: "us", scopes, accessType: "offline", redirectUri: "https://app.test/cb" });

describe("server-side scope lists use the one grammar", () => {
  it.each([
    ["openid,email,profile", ["openid", "email", "profile"]],
    ["AaaServer.profile.READ,PhoneBridge.call.log", ["AaaServer.profile.READ", "PhoneBridge.call.log"]],
    // Unusual shapes are the builder's warnings; the server lets Zoho judge them.
    ["ZohoCRM.modules.REED", ["ZohoCRM.modules.REED"]],
    ["ZohoCRM.modules.ALL ZohoCRM.users.READ", ["ZohoCRM.modules.ALL", "ZohoCRM.users.READ"]],
  ])("accepts %j", (text, scopes) => {
    const parsed = authorize(text);
    expect(parsed.success && parsed.data.scopes).toEqual(scopes);
  });

  it.each([
    [""],
    ["A.b.READ,\u0000"],
    ["Zöho.modules.ALL"],
    ["x".repeat(201)],
    [Array.from({ length: 51 }, (_, i) => `A.s${i}.READ`).join(",")],
  ])("refuses %j", (text) => {
    expect(authorize(text).success).toBe(false);
  });
});

describe("client ids: <digits>.<alphanumerics>", () => {
  const client = (zohoClientId: string) =>
    createClientSchema.safeParse({
      name: "App",
      type: "SERVER",
      provider: "ZOHO",
      zohoClientId,
      clientSecret: "0123456789abcdef",
      homeDc: "us",
      redirectUris: "https://app.test/cb",
    });

  it("accepts Zoho's 1004. ids as well as 1000.", () => {
    expect(client("1004.AB12CD34EF56GH78IJ90KL12MN34OP").success).toBe(true);
    expect(client("1000.AB12CD34EF56GH78IJ90KL12MN34OP").success).toBe(true);
    expect(client("my-client").success).toBe(false);
  });

  it("self_client.json with a 1004. id and Zoho's scope string", () => {
    const parsed = selfClientFileSchema.safeParse({
      client_id: "1004.AB12CD34EF56GH78IJ90KL12MN34OP",
      client_secret: "0123456789abcdef",
      scope: ["ZohoCRM.modules.ALL", "openid"],
    });
    expect(parsed.success && parsed.data.scope).toEqual(["ZohoCRM.modules.ALL", "openid"]);
  });
});
