import { describe, expect, it } from "vitest";
import { isRateLimitAnswer } from "./is-rate-limit-answer";

describe("isRateLimitAnswer", () => {
  it.each([
    ["English, HTTP 400", { status: 400, error: "Access Denied", bodyStatus: "failure" }, true],
    ["English, HTTP 200, no status field", { status: 200, error: "Access Denied" }, true],
    ["any case", { status: 400, error: "ACCESS DENIED" }, true],
    ["localized error with status failure", { status: 400, error: "拒绝访问", bodyStatus: "failure" }, true],
    [
      "a throttle description, whatever the error word",
      { status: 400, error: "Zugriff verweigert", description: "Token creation throttle limit reached" },
      true,
    ],
    ["'too many requests' with no error code", { status: 200, description: "You have made too many requests continuously." }, true],
    ["an OAuth code with status failure is that error", { status: 400, error: "invalid_code", bodyStatus: "failure" }, false],
    [
      "access_denied with 'too many' is the grant-code limit",
      { status: 200, error: "access_denied", description: "too many grant codes" },
      false,
    ],
    ["a localized word without status failure or a known description", { status: 400, error: "拒绝访问" }, false],
    ["a 5xx is an outage, not a throttle", { status: 503, error: "Access Denied" }, false],
    ["a 401 is not a throttle", { status: 401, error: "Access Denied" }, false],
  ])("%s", (_, evidence, expected) => {
    expect(isRateLimitAnswer(evidence)).toBe(expected);
  });
});
