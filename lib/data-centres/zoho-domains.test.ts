import { describe, expect, it } from "vitest";
import { SEED_DATA_CENTRES } from "./seed-data-centres";
import { checkAccountsServer, checkApiDomain, defaultApiDomain, zohoDomains } from "./zoho-domains";

// Zoho's accounts servers (https://zoho.com/accounts/protocol/oauth/multi-dc.html) and API domains
// (WorkDrive's multi-DC page; api.zoho.eu from Zoho's multi-DC example — docs/zoho.md, Corrections).
describe("checkAccountsServer", () => {
  it.each(SEED_DATA_CENTRES.map((dc) => [dc.location, dc.accountsServer!]))("accepts Zoho's own %s server", (_location, url) => {
    expect(checkAccountsServer(url)).toEqual({ ok: true, url });
  });

  it.each([
    ["a new Zoho DC", "https://accounts.zoho.xb", true],
    ["a trailing slash", "https://accounts.zoho.ae/", true],
    ["plain http", "http://accounts.zoho.eu", false],
    ["another domain", "https://accounts.example.com", false],
    ["a look-alike suffix", "https://accounts.zoho.eu.evil.example", false],
    ["a look-alike prefix", "https://accounts.notzoho.com", false],
    ["not the accounts host", "https://www.zoho.eu", false],
    ["a port", "https://accounts.zoho.eu:8443", false],
    ["a path", "https://accounts.zoho.eu/oauth/v2", false],
    ["credentials", "https://a:b@accounts.zoho.eu", false],
    ["a query", "https://accounts.zoho.eu?x=1", false],
    ["not a URL", "accounts.zoho.eu", false],
  ])("%s → allowed: %s", (_name, url, ok) => {
    expect(checkAccountsServer(url).ok).toBe(ok);
  });
});

describe("checkApiDomain and defaultApiDomain", () => {
  it.each([
    ["https://www.zohoapis.ae", true],
    ["https://api.zoho.eu", true],
    ["https://www.zohoapis.com.au", true],
    ["https://www.example.com", false],
    ["http://www.zohoapis.eu", false],
  ])("%s → %s", (url, ok) => expect(checkApiDomain(url).ok).toBe(ok));

  it.each(SEED_DATA_CENTRES.map((dc) => [dc.accountsServer!, dc.apiDomain!]))("%s → %s, as Zoho documents it", (accounts, api) => {
    expect(defaultApiDomain(accounts)).toBe(api);
  });

  it("the known domains are the seeded data centres' registrable domains", () => {
    expect(zohoDomains(SEED_DATA_CENTRES)).toEqual(
      expect.arrayContaining(["zoho.com", "zohoapis.com", "zoho.ae", "zohoapis.ae", "zohocloud.ca", "zohoapis.ca", "zoho.com.cn"]),
    );
  });
});
