import { describe, expect, it } from "vitest";
import { API_PROBLEMS, PROBLEM_TYPES, problemUri } from "./api-reference";
import { openApiDocument } from "./openapi";
import { problem, type ProblemType } from "./problem";

describe("the OpenAPI document", () => {
  const doc = openApiDocument("https://console.example.com");

  it("describes the four endpoints on the console's origin", () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.servers).toEqual([{ url: "https://console.example.com" }]);
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/v1/clients",
      "/api/v1/grants",
      "/api/v1/grants/{id}/access-token",
      "/api/v1/grants/{id}/access-token/invalidate",
    ]);
  });

  it("lists the problem types the access-token route answers with", () => {
    const listed = JSON.stringify(doc);
    for (const type of [
      "unauthenticated",
      "not-found",
      "invalid-request",
      "zoho-unavailable",
      "refresh-limit",
      "grant-revoked",
      "grant-invalid",
    ] as const) {
      expect(listed).toContain(problemUri(type));
    }
    expect(doc.paths["/api/v1/grants/{id}/access-token"].get.responses[503].headers).toHaveProperty("Retry-After");
  });

  it("documents org-wide grants and the product hosts of the token answer", () => {
    const { Grant, AccessToken } = doc.components.schemas;
    expect(Grant.required).toContain("org_wide");
    expect(AccessToken.required).toEqual(expect.arrayContaining(["org_wide", "product_hosts"]));
    expect(Object.keys(AccessToken.properties.product_hosts.properties)).toEqual(
      expect.arrayContaining(["crm_sandbox", "crm_developer", "desk"]),
    );
    expect(AccessToken.example.product_hosts).toMatchObject({ crm_sandbox: "https://sandbox.zohoapis.eu" });
  });

  it("documents the invalidate report: its JSON body and every problem it answers with", () => {
    const op = doc.paths["/api/v1/grants/{id}/access-token/invalidate"].post;
    expect(op.requestBody.content["application/json"].schema.required).toEqual(["accessToken"]);
    expect(Object.keys(op.responses).sort()).toEqual(["200", "400", "401", "404", "410", "413", "422", "503"]);
    expect(JSON.stringify(op.responses)).toContain(problemUri("too-large"));
  });

  it("documents each problem type with the status problem() answers", async () => {
    for (const [type, { status }] of Object.entries(PROBLEM_TYPES) as [ProblemType, { status: number }][]) {
      const response = problem(type);
      expect(response.status, type).toBe(status);
      expect((await response.json()).type).toBe(problemUri(type));
    }
    expect(API_PROBLEMS.map((p) => p.status)).toEqual([...API_PROBLEMS.map((p) => p.status)].sort((a, b) => a - b));
  });
});
