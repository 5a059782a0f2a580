import { describe, expect, it } from "vitest";
import { SEED_DATA_CENTRES } from "@/lib/data-centres/seed-data-centres";
import { grantProductHosts, PRODUCT_HOSTS, PRODUCTS, productHostsFor } from "./product-hosts";

// Zoho's own domains, as its data centres use them (docs/zoho.md): zoho.<tld>, zohoapis.<tld>, zohocloud.ca.
const ZOHO_HOST = /(^|\.)(zoho|zohoapis)\.(com|eu|in|com\.au|jp|sa|uk|com\.cn|ae|ca)$|(^|\.)zohocloud\.ca$/;

describe("the product hosts table", () => {
  it("has a row for every data centre, some deliberately empty", () => {
    for (const { location } of SEED_DATA_CENTRES) expect(PRODUCT_HOSTS, location).toHaveProperty(location);
    expect(PRODUCT_HOSTS.uk).toEqual({});
  });

  it("names only known products, each on https and a Zoho domain, never the bare api_domain", () => {
    const entries = Object.entries(PRODUCT_HOSTS).flatMap(([location, hosts]) =>
      Object.entries(hosts).map(([product, url]) => ({ location, product, url: url! })),
    );
    expect(entries.length).toBeGreaterThan(50);
    for (const { location, product, url } of entries) {
      const where = `${location} ${product}`;
      expect(Object.keys(PRODUCTS), where).toContain(product);
      const parsed = new URL(url);
      expect(parsed.protocol, where).toBe("https:");
      expect(parsed.hostname, where).toMatch(ZOHO_HOST);
      expect(parsed.port || parsed.search || parsed.hash || parsed.username, where).toBe("");
      expect(url.endsWith("/"), where).toBe(false);
      // Where a product lives on www.zohoapis.<tld>, it is under a path of its own.
      if (parsed.hostname.startsWith("www.zohoapis.")) expect(parsed.pathname, where).not.toBe("/");
    }
  });

  it("puts each data centre's hosts under that data centre's own domain", () => {
    const tld: Record<string, RegExp> = {
      us: /\.com$/,
      eu: /\.eu$/,
      in: /\.in$/,
      au: /\.com\.au$/,
      jp: /\.jp$/,
      ca: /\.ca$/,
      sa: /\.sa$/,
      cn: /\.com\.cn$/,
      ae: /\.ae$/,
    };
    for (const [location, pattern] of Object.entries(tld)) {
      for (const url of Object.values(PRODUCT_HOSTS[location])) expect(new URL(url!).hostname, `${location} ${url}`).toMatch(pattern);
    }
  });

  it("answers a DC's hosts for a Zoho grant, none for a sandbox grant or an unknown DC", () => {
    expect(productHostsFor("eu", "ZOHO")).toMatchObject({
      crm_sandbox: "https://sandbox.zohoapis.eu",
      crm_developer: "https://developer.zohoapis.eu",
      desk: "https://desk.zoho.eu/api/v1",
    });
    expect(productHostsFor("eu", "SANDBOX")).toEqual({});
    expect(productHostsFor("xx", "ZOHO")).toEqual({});
    expect(productHostsFor("constructor", "ZOHO")).toEqual({});
    expect(productHostsFor("uk", "ZOHO")).toEqual({});
  });

  it("puts a sandbox grant's products under its api_domain, at the paths the sandbox answers", () => {
    const apiDomain = "http://localhost:3000/sandbox/eu/api";
    expect(grantProductHosts({ location: "eu", provider: "SANDBOX", apiDomain })).toEqual({
      desk: `${apiDomain}/desk/api/v1`,
      mail: `${apiDomain}/mail/api`,
      books: `${apiDomain}/books/v3`,
      bigin: `${apiDomain}/bigin/v2`,
    });
    expect(grantProductHosts({ location: "eu", provider: "ZOHO", apiDomain: "https://www.zohoapis.eu" })).toEqual(
      productHostsFor("eu", "ZOHO"),
    );
  });
});
