import { describe, expect, it } from "vitest";
import { parseDeviceCodeAnswer } from "./parse-device-code-answer";

// Zoho's initiation answers, each row with where its shape comes from.
const INITIATION = "https://www.zoho.com/accounts/protocol/oauth/devices/initiation-request.html";
const code = "1004.71c4b3d036cbcc5ca5e6f26e4ac0ef11.3a141ff0e7fb15cbf8fc83113b10ec6e"; // Zoho's polling page's example device code

describe("parseDeviceCodeAnswer", () => {
  it.each([
    [
      `milliseconds, as ${INITIATION} described interval and expires_in (5000 ms is what Zoho answers in practice)`,
      200,
      {
        user_code: "A1B2-C3D4",
        device_code: code,
        verification_url: "https://accounts.zoho.com/oauth/v3/device",
        interval: 5000,
        expires_in: 300000,
      },
      {
        ok: true,
        userCode: "A1B2-C3D4",
        deviceCode: code,
        verificationUrl: "https://accounts.zoho.com/oauth/v3/device",
        verificationUrlComplete: null,
        expiresInSeconds: 300,
        intervalSeconds: 5,
      },
    ],
    [
      "seconds, with verification_uri_complete (RFC 8628 §3.2, the shape Zoho's newer pages point to)",
      200,
      {
        user_code: "A1B2-C3D4",
        device_code: code,
        verification_url: "https://accounts.zoho.in/oauth/v3/device",
        verification_uri_complete: "https://accounts.zoho.in/oauth/v3/device?user_code=A1B2-C3D4",
        interval: 30,
        expires_in: 300,
      },
      {
        ok: true,
        userCode: "A1B2-C3D4",
        deviceCode: code,
        verificationUrl: "https://accounts.zoho.in/oauth/v3/device",
        verificationUrlComplete: "https://accounts.zoho.in/oauth/v3/device?user_code=A1B2-C3D4",
        expiresInSeconds: 300,
        intervalSeconds: 30,
      },
    ],
    [
      "no interval: RFC 8628 §3.2's 5 seconds; expires_in over an hour can only be milliseconds",
      200,
      { user_code: "A1B2-C3D4", device_code: code, verification_uri: "https://accounts.zoho.eu/oauth/v3/device", expires_in: 300000 },
      {
        ok: true,
        userCode: "A1B2-C3D4",
        deviceCode: code,
        verificationUrl: "https://accounts.zoho.eu/oauth/v3/device",
        verificationUrlComplete: null,
        expiresInSeconds: 300,
        intervalSeconds: 5,
      },
    ],
    [
      "the sandbox's short test codes: 1 s and 2 s in milliseconds (lib/sandbox/issue-device-code.ts)",
      200,
      {
        user_code: "ACDE-FGHJ",
        device_code: code,
        verification_url: "http://127.0.0.1:3000/sandbox/us/oauth/v3/device",
        interval: 1000,
        expires_in: 2000,
      },
      {
        ok: true,
        userCode: "ACDE-FGHJ",
        deviceCode: code,
        verificationUrl: "http://127.0.0.1:3000/sandbox/us/oauth/v3/device",
        verificationUrlComplete: null,
        expiresInSeconds: 2,
        intervalSeconds: 1,
      },
    ],
  ])("%s", (_source, status, body, expected) => {
    expect(parseDeviceCodeAnswer(status, body)).toEqual(expected);
  });

  it.each([
    [
      "invalid_client: Zoho's client error (its token endpoint, and its device verification page's list)",
      200,
      { error: "invalid_client" },
      "invalid_client",
    ],
    [
      "invalid_scope (Zoho's token endpoint errors, docs/zoho.md)",
      200,
      { error: "invalid_scope", error_description: "bad" },
      "invalid_scope",
    ],
    [
      "Zoho's throttle answer, HTTP 400 (docs/zoho.md, Corrections)",
      400,
      {
        error: "Access Denied",
        status: "failure",
        error_description: "You have made too many requests continuously. Please try again after some time.",
      },
      "Access Denied",
    ],
    ["an HTML outage page: no JSON", 503, null, "unreadable_answer"],
    [
      "a user code without a device code",
      200,
      { user_code: "A1B2-C3D4", verification_url: "https://accounts.zoho.com/oauth/v3/device" },
      "incomplete_answer",
    ],
  ])("%s", (_source, status, body, error) => {
    const answer = parseDeviceCodeAnswer(status, body);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toBe(error);
  });
});
