import { describe, expect, it } from "vitest";
import { newClientId, newClientSecret, newOpaqueToken } from "./generate-credentials";

describe("sandbox credentials", () => {
  it("client ids look like Zoho's and never repeat", () => {
    const ids = new Set(Array.from({ length: 200 }, newClientId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^1000\.[A-Z0-9]{30}$/);
  });

  it("secrets are 42 lower-case hex characters", () => {
    const secrets = new Set(Array.from({ length: 50 }, newClientSecret));
    expect(secrets.size).toBe(50);
    for (const s of secrets) expect(s).toMatch(/^[0-9a-f]{42}$/);
  });

  it("codes and tokens are 1000.<32 hex>.<32 hex>", () => {
    const tokens = new Set(Array.from({ length: 50 }, newOpaqueToken));
    expect(tokens.size).toBe(50);
    for (const t of tokens) expect(t).toMatch(/^1000\.[0-9a-f]{32}\.[0-9a-f]{32}$/);
  });
});
