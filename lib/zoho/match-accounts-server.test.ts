import { describe, expect, it } from "vitest";
import { matchAccountsServer, startingAccountsServer } from "./match-accounts-server";

const SANDBOX = "http://localhost:3000";

describe("matchAccountsServer", () => {
  it.each([
    ["https://accounts.zoho.com", "us", "ZOHO"],
    ["https://accounts.zoho.eu", "eu", "ZOHO"],
    ["https://accounts.zoho.eu/", "eu", "ZOHO"],
    ["https://accounts.zohocloud.ca", "ca", "ZOHO"],
    ["https://accounts.zoho.com.cn", "cn", "ZOHO"],
    ["http://localhost:3000/sandbox/eu", "eu", "SANDBOX"],
  ])("allows %s (%s, %s)", (url, location, provider) => {
    expect(matchAccountsServer(url, SANDBOX)).toMatchObject({ location, provider });
  });

  it.each([
    ["http://accounts.zoho.com"],
    ["https://accounts.zoho.com.evil.test"],
    ["https://evil.test/accounts.zoho.com"],
    ["https://accounts.zoho.com@evil.test"],
    ["https://accounts.zoho.com:8443"],
    ["http://127.0.0.1:9999"],
    ["http://localhost:3000/sandbox/xx"],
    ["http://localhost:3001/sandbox/eu"],
    ["http://localhost:3000/sandbox/eu/../../evil"],
    [""],
    [null],
  ])("refuses %s", (url) => {
    expect(matchAccountsServer(url, SANDBOX)).toBeNull();
  });

  it("refuses sandbox servers when the sandbox is off", () => {
    expect(matchAccountsServer("http://localhost:3000/sandbox/eu", null)).toBeNull();
  });

  it("starts sandbox clients at the sandbox and Zoho clients at Zoho", () => {
    expect(startingAccountsServer("SANDBOX", "us", SANDBOX)?.url).toBe("http://localhost:3000/sandbox/us");
    expect(startingAccountsServer("ZOHO", "cn", SANDBOX)?.url).toBe("https://accounts.zoho.com.cn");
    expect(startingAccountsServer("SANDBOX", "us", null)).toBeNull();
  });
});
