import { describe, expect, it } from "vitest";
import { matchAccountsServer } from "./match-accounts-server";
import { userLocationServer } from "./user-location-server";

const zohoUs = matchAccountsServer("https://accounts.zoho.com", [])!;
const sandboxUs = matchAccountsServer("http://127.0.0.1:3000/sandbox/us", ["http://127.0.0.1:3000"])!;

describe("userLocationServer (after other_dc)", () => {
  it.each([
    ["eu", "https://accounts.zoho.eu"],
    ["in", "https://accounts.zoho.in"],
    ["ca", "https://accounts.zohocloud.ca"],
  ])("Zoho client, user_location=%s → %s", (where, url) => {
    expect(userLocationServer(where, zohoUs)).toMatchObject({ url, provider: "ZOHO", location: where });
  });

  it("sandbox client: the sandbox's server for that location, same origin", () => {
    expect(userLocationServer("eu", sandboxUs)).toMatchObject({
      url: "http://127.0.0.1:3000/sandbox/eu",
      provider: "SANDBOX",
      location: "eu",
    });
  });

  it.each([
    "https://evil.example",
    "http://127.0.0.1:9/steal",
    "accounts.zoho.eu",
    "https://accounts.zoho.eu",
    "evil",
    "EU",
    "eu/../../x",
    "",
    "e".repeat(500),
  ])("refuses %j", (where) => {
    expect(userLocationServer(where, zohoUs)).toBeNull();
    expect(userLocationServer(where, sandboxUs)).toBeNull();
  });
});
