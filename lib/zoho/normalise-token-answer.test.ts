import { describe, expect, it } from "vitest";
import { normaliseTokenAnswer } from "./normalise-token-answer";

describe("normaliseTokenAnswer", () => {
  it("reads a full answer", () => {
    expect(
      normaliseTokenAnswer(200, {
        access_token: "a",
        refresh_token: "r",
        api_domain: "https://www.zohoapis.eu",
        token_type: "Bearer",
        expires_in: 3600,
        scope: "A.b.READ C.d.ALL",
      }),
    ).toEqual({
      ok: true,
      accessToken: "a",
      refreshToken: "r",
      apiDomain: "https://www.zohoapis.eu",
      tokenType: "Bearer",
      scopes: ["A.b.READ", "C.d.ALL"],
      expiresInSeconds: 3600,
    });
  });

  it.each([
    [{ access_token: "a", expires_in_sec: 3600 }, 3600],
    [{ access_token: "a", expires_in: 3_600_000 }, 3600],
    [{ access_token: "a", expires_in: "3600" }, 3600],
    [{ access_token: "a" }, 3600],
  ])("normalises the lifetime of %j to %i s", (body, seconds) => {
    expect(normaliseTokenAnswer(200, body)).toMatchObject({ ok: true, expiresInSeconds: seconds });
  });

  it.each([
    [200, { error: "invalid_code" }, "invalid_code"],
    [400, { error: "Access Denied", error_description: "You have made too many requests continuously." }, "Access Denied"],
    [200, {}, "no_access_token"],
    [502, null, "unreadable_answer"],
    [200, "<html>", "unreadable_answer"],
  ])("HTTP %i %j is the error %s", (status, body, error) => {
    expect(normaliseTokenAnswer(status, body)).toMatchObject({ ok: false, error, status });
  });
});
