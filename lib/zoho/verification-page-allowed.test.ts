import { describe, expect, it } from "vitest";
import { matchAccountsServer } from "./match-accounts-server";
import { verificationPageAllowed } from "./verification-page-allowed";

const origins = ["http://127.0.0.1:3000", "http://localhost:3000"];
const zoho = matchAccountsServer("https://accounts.zoho.com", [])!;
const sandbox = matchAccountsServer("http://localhost:3000/sandbox/us", origins)!;

describe("verificationPageAllowed", () => {
  it.each([
    [zoho, "https://accounts.zoho.com/oauth/v3/device", true],
    [zoho, "https://accounts.zoho.eu/oauth/v3/device?user_code=A1B2-C3D4", true],
    [zoho, "http://accounts.zoho.com/oauth/v3/device", false],
    [zoho, "https://accounts.zoho.com.evil.example/oauth/v3/device", false],
    [zoho, "https://user:pw@accounts.zoho.com/oauth/v3/device", false],
    [zoho, "not a url", false],
    [sandbox, "http://127.0.0.1:3000/sandbox/us/oauth/v3/device", true],
    [sandbox, "http://127.0.0.1:3000/sandbox/nowhere/oauth/v3/device", false],
    [sandbox, "http://127.0.0.1:4000/sandbox/us/oauth/v3/device", false],
    [sandbox, "https://accounts.zoho.com/oauth/v3/device", false],
  ] as const)("%#: %s", (server, page, expected) => {
    expect(verificationPageAllowed(page, server, origins)).toBe(expected);
  });
});
