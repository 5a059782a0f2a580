// One id per request (issue 19): made by proxy.ts for every request, answered as X-Request-Id, quoted in
// problem JSON as `request_id`; an id the client sends is never believed.
import { describe, expect, inject, it } from "vitest";

const base = inject("baseUrl");
const seeded = inject("seeded");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("the request id", () => {
  it("is on every answer, new for each request", async () => {
    const ids = [];
    for (const path of ["/sign-in", "/sign-in", "/api/health", "/api/v1/openapi.json"]) {
      const res = await fetch(`${base}${path}`, { redirect: "manual" });
      ids.push(res.headers.get("x-request-id"));
    }
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("is never the one the client sent", async () => {
    const sent = "11111111-1111-4111-8111-111111111111";
    const res = await fetch(`${base}/api/v1/grants`, { headers: { "x-request-id": sent } });
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(UUID);
    expect(id).not.toBe(sent);
    expect((await res.json()).request_id).toBe(id);
  });

  it.each([
    ["the token API without a key (401)", "/api/v1/grants/x/access-token", {}, "GET", 401],
    [
      "a grant the key cannot use (404)",
      "/api/v1/grants/cnosuchgrant0000000000000/access-token",
      { authorization: `Bearer ${seeded.apiKey}` },
      "GET",
      404,
    ],
    ["a method the proxy refuses (405)", "/api/v1/grants", {}, "DELETE", 405],
  ])("is quoted in the problem JSON of %s", async (_name, path, headers, method, status) => {
    const res = await fetch(`${base}${path}`, { headers, method });
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const id = res.headers.get("x-request-id");
    expect(id).toMatch(UUID);
    expect((await res.json()).request_id).toBe(id);
  });
});
