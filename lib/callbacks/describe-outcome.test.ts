import { describe, expect, it } from "vitest";
import { describeOutcome, tokenErrorHint } from "./describe-outcome";
import { OUTCOMES } from "./outcomes";

describe("describeOutcome", () => {
  it("every outcome has a title, an explanation and a fix; no_org is one of them", () => {
    expect(OUTCOMES).toContain("no_org");
    for (const o of OUTCOMES)
      expect(describeOutcome(o)).toMatchObject({ title: expect.any(String), explanation: expect.any(String), fix: expect.any(String) });
  });

  it.each([["zoho_unreachable"], ["no_secret"]])("%s names the workspace's code lifetime", (outcome) => {
    expect(describeOutcome(outcome, 120).explanation).toContain("lives 2 minutes");
    expect(describeOutcome(outcome).explanation).toContain("lives 60 seconds");
  });

  it("an unknown outcome reads as received", () => {
    expect(describeOutcome("nonsense").title).toBe(describeOutcome("received").title);
    expect(describeOutcome("__proto__").title).toBe(describeOutcome("received").title);
  });
});

describe("tokenErrorHint", () => {
  it("invalid_code with seconds or a described lifetime; others unchanged", () => {
    expect(tokenErrorHint("invalid_code", 180)).toMatch(/already exchanged.*lives 3 minutes/);
    expect(tokenErrorHint("invalid_code", "3 to 10 minutes")).toContain("lives 3 to 10 minutes");
    expect(tokenErrorHint("invalid_client_secret")).toContain("secret is wrong");
    expect(tokenErrorHint("nope")).toBeUndefined();
    expect(tokenErrorHint("constructor")).toBeUndefined();
  });
});
