import { describe, expect, it } from "vitest";
import { parseDeviceTokenAnswer } from "./parse-device-token-answer";

// Zoho's polling answers, each row with where its shape comes from.
const POLLING = "https://www.zoho.com/accounts/protocol/oauth/devices/polling-request.html";
const MULTI_DC = "https://www.zoho.com/accounts/protocol/oauth/multi-dc/client-authorization/limited-input-devices.html";

describe("parseDeviceTokenAnswer", () => {
  it.each([
    [`authorization_pending (${POLLING})`, 200, { error: "authorization_pending" }, { kind: "pending" }],
    [`slow_down (${POLLING})`, 200, { error: "slow_down" }, { kind: "slow_down" }],
    [
      `other_dc with user_location, Zoho's own example (${MULTI_DC})`,
      200,
      { user_location: "eu", error: "other_dc" },
      { kind: "other_dc", userLocation: "eu" },
    ],
    [`access_denied (${POLLING})`, 200, { error: "access_denied" }, { kind: "denied" }],
    [`expired (${POLLING})`, 200, { error: "expired" }, { kind: "expired" }],
    ["expired_token, RFC 8628 §3.5's name for it", 400, { error: "expired_token" }, { kind: "expired" }],
    ["RFC-style HTTP 400 for authorization_pending: the body decides", 400, { error: "authorization_pending" }, { kind: "pending" }],
  ])("%s", (_source, status, body, expected) => {
    expect(parseDeviceTokenAnswer(status, body)).toEqual(expected);
  });

  it(`the tokens, Zoho's example after other_dc (${MULTI_DC})`, () => {
    const answer = parseDeviceTokenAnswer(200, {
      access_token: "1004.a3fdad1f7115c8d00a491938a3650a2f.68485f81304",
      api_domain: "https://api.zoho.com",
      token_type: "Bearer",
      expires_in: 3600,
    });
    expect(answer).toEqual({
      kind: "tokens",
      tokens: {
        ok: true,
        accessToken: "1004.a3fdad1f7115c8d00a491938a3650a2f.68485f81304",
        refreshToken: null,
        apiDomain: "https://api.zoho.com",
        tokenType: "Bearer",
        scopes: null,
        expiresInSeconds: 3600,
      },
    });
  });

  it("the tokens with a refresh token (access_type=offline, Zoho's initiation page)", () => {
    const answer = parseDeviceTokenAnswer(200, {
      access_token: "1000.a.b",
      refresh_token: "1000.r.t",
      api_domain: "https://www.zohoapis.eu",
      token_type: "Bearer",
      expires_in: 3600,
    });
    expect(answer.kind === "tokens" && answer.tokens.refreshToken).toBe("1000.r.t");
  });

  it.each([
    ["other_dc without a user_location cannot be followed", 200, { error: "other_dc" }, "other_dc"],
    ["invalid_client_secret (Zoho's token endpoint errors)", 200, { error: "invalid_client_secret" }, "invalid_client_secret"],
    ["invalid_code: an unknown or used device code", 200, { error: "invalid_code" }, "invalid_code"],
    [
      "Zoho's throttle answer is not a refusal (docs/zoho.md, Corrections)",
      400,
      { error: "Access Denied", status: "failure", error_description: "You have made too many requests continuously." },
      "Access Denied",
    ],
    ["an HTML outage page", 503, null, "unreadable_answer"],
  ])("%s", (_source, status, body, error) => {
    const answer = parseDeviceTokenAnswer(status, body);
    expect(answer).toMatchObject({ kind: "error", error, status });
  });
});
