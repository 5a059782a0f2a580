import { describe, expect, it } from "vitest";
import { newClientId, newClientSecret, newOpaqueToken } from "./formats";

describe("sandbox formats", () => {
  it("look like Zoho's and never repeat", () => {
    const ids = new Set(Array.from({ length: 200 }, newClientId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^1000\.[A-Z0-9]{30}$/);
    expect(newClientSecret()).toMatch(/^[0-9a-f]{42}$/);
    expect(newOpaqueToken()).toMatch(/^1000\.[0-9a-f]{32}\.[0-9a-f]{32}$/);
  });
});
