import { describe, expect, it } from "vitest";
import { describeReviewFilter, reviewFilterFromQuery, storedReviewFilter } from "./review-filter";

describe("a review's filter", () => {
  it("is the Grants page's filter without sort or page", () => {
    expect(reviewFilterFromQuery("env=production&status=active&sort=oldest&after=abc")).toEqual({ env: "PRODUCTION", status: "ACTIVE" });
  });

  it("drops what does not parse, as the Grants page does", () => {
    expect(reviewFilterFromQuery("env=staging&dc=%00&from=2026-13-45&scope=ZohoCRM.modules.ALL")).toEqual({ scope: "ZohoCRM.modules.ALL" });
  });

  it("reads back from its stored JSON, ignoring anything unknown or not a string", () => {
    expect(storedReviewFilter({ env: "PRODUCTION", evil: "x", status: true })).toEqual({ env: "PRODUCTION" });
    expect(storedReviewFilter(null)).toEqual({});
    expect(storedReviewFilter({ status: "ACTIVE", junk: 3 })).toEqual({ status: "ACTIVE" });
    expect(storedReviewFilter(["env"])).toEqual({});
  });

  it("describes itself in words, naming the client", () => {
    expect(describeReviewFilter({})).toBe("all grants");
    expect(describeReviewFilter({ env: "PRODUCTION", client: "c1" }, new Map([["c1", "Alpha"]]))).toBe(
      "client Alpha · environment production",
    );
  });
});
