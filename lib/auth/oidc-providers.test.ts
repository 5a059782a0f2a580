import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config/env";
import { oidcProviders } from "./oidc-providers";

const base = { AUTH_SECRET: "x".repeat(40), ENCRYPTION_KEY: randomBytes(32).toString("base64") };

describe("oidcProviders", () => {
  it("is empty unless configured", () => {
    expect(oidcProviders(parseEnv(base))).toEqual([]);
    expect(oidcProviders(parseEnv({ ...base, AUTH_ZOHO_CLIENT_ID: "1000.X" }))).toEqual([]);
  });

  it("offers Zoho (issuer per data centre) and a generic issuer", () => {
    const env = parseEnv({
      ...base,
      AUTH_ZOHO_CLIENT_ID: "1000.X",
      AUTH_ZOHO_CLIENT_SECRET: "s",
      AUTH_ZOHO_ISSUER: "https://accounts.zoho.eu",
      AUTH_OIDC_ISSUER: "https://id.example.com",
      AUTH_OIDC_CLIENT_ID: "c",
      AUTH_OIDC_CLIENT_SECRET: "s",
      AUTH_OIDC_NAME: "Acme SSO",
    });
    expect(oidcProviders(env).map((p) => [p.id, p.name, p.issuer])).toEqual([
      ["zoho", "Zoho", "https://accounts.zoho.eu"],
      ["oidc", "Acme SSO", "https://id.example.com"],
    ]);
  });
});
