import { describe, expect, it } from "vitest";
import { matchAccountsServer, startingAccountsServer } from "./match-accounts-server";

const SANDBOX = "http://localhost:3000";
const OWN = [SANDBOX, "http://127.0.0.1:3000"];

describe("matchAccountsServer", () => {
  it.each([
    ["https://accounts.zoho.com", "us", "ZOHO"],
    ["https://accounts.zoho.eu", "eu", "ZOHO"],
    ["https://accounts.zoho.eu/", "eu", "ZOHO"],
    ["https://accounts.zohocloud.ca", "ca", "ZOHO"],
    ["https://accounts.zoho.com.cn", "cn", "ZOHO"],
    ["http://localhost:3000/sandbox/eu", "eu", "SANDBOX"],
    ["http://127.0.0.1:3000/sandbox/us", "us", "SANDBOX"],
  ])("allows %s (%s, %s)", (url, location, provider) => {
    expect(matchAccountsServer(url, OWN)).toMatchObject({ location, provider });
  });

  it.each([
    ["http://accounts.zoho.com"],
    ["https://accounts.zoho.com.evil.test"],
    ["https://evil.test/accounts.zoho.com"],
    ["https://accounts.zoho.com@evil.test"],
    ["https://accounts.zoho.com:8443"],
    ["http://127.0.0.1:9999"],
    ["http://127.0.0.1:9999/sandbox/us"],
    ["http://[::1]:3000/sandbox/us"],
    ["http://localhost:3000/sandbox/xx"],
    ["http://localhost:3001/sandbox/eu"],
    ["http://localhost:3000/sandbox/eu/../../evil"],
    [""],
    [null],
  ])("refuses %s", (url) => {
    expect(matchAccountsServer(url, OWN)).toBeNull();
  });

  it("refuses sandbox servers when the sandbox is off", () => {
    expect(matchAccountsServer("http://localhost:3000/sandbox/eu", [])).toBeNull();
  });

  it("starts sandbox clients at the sandbox and Zoho clients at Zoho", () => {
    expect(startingAccountsServer("SANDBOX", "us", SANDBOX)?.url).toBe("http://localhost:3000/sandbox/us");
    expect(startingAccountsServer("ZOHO", "cn", SANDBOX)?.url).toBe("https://accounts.zoho.com.cn");
    expect(startingAccountsServer("SANDBOX", "us", null)).toBeNull();
  });
});
