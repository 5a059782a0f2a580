import { describe, expect, it } from "vitest";
import { apiDomainToStore, isAllowedApiDomain } from "./match-api-domain";
import { matchAccountsServer } from "./match-accounts-server";

const OWN = ["http://localhost:3000", "http://127.0.0.1:3000"];

describe("isAllowedApiDomain", () => {
  // Zoho's own answers: www.zohoapis.<tld>, and api.zoho.eu in its multi-DC example (docs/zoho.md, Corrections).
  it.each([
    ["https://www.zohoapis.com"],
    ["https://www.zohoapis.eu/"],
    ["https://api.zoho.eu"],
    ["https://www.zohoapis.com.cn"],
    ["https://www.zohoapis.ca"],
    ["https://writer.zoho.com"],
    ["http://127.0.0.1:3000/sandbox/eu/api"],
  ])("allows %s", (d) => {
    expect(isAllowedApiDomain(d, OWN)).toBe(true);
  });

  it.each([
    ["http://www.zohoapis.com"],
    ["https://www.zohoapis.com.evil.test"],
    ["https://evilzoho.com"],
    ["https://www.zohoapis.com:8443"],
    ["https://user@www.zohoapis.com"],
    ["https://www.zohoapis.com/path"],
    ["http://127.0.0.1:9999/api"],
    ["http://127.0.0.1:9999/sandbox/us/api"],
    ["http://127.0.0.1:3000/sandbox/xx/api"],
    ["not a url"],
    [""],
    [null],
  ])("refuses %s", (d) => {
    expect(isAllowedApiDomain(d, OWN)).toBe(false);
  });

  it("refuses the sandbox's API when the sandbox is off", () => {
    expect(isAllowedApiDomain("http://127.0.0.1:3000/sandbox/eu/api", [])).toBe(false);
  });
});

describe("apiDomainToStore", () => {
  const zoho = matchAccountsServer("https://accounts.zoho.eu", [])!;
  const sandbox = matchAccountsServer("http://localhost:3000/sandbox/in", OWN)!;
  it("keeps an allowed answer and replaces any other with the data centre's default", () => {
    expect(apiDomainToStore("https://api.zoho.eu/", zoho, OWN)).toBe("https://api.zoho.eu");
    expect(apiDomainToStore("https://evil.test", zoho, OWN)).toBe("https://www.zohoapis.eu");
    expect(apiDomainToStore(null, sandbox, OWN)).toBe("http://localhost:3000/sandbox/in/api");
  });
});
