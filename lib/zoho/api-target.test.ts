import { describe, expect, it } from "vitest";
import { grantApiBases, resolveApiTarget, type ApiBase, type GrantHosts } from "./api-target";

// The egress guard (issue 15, "Strict egress"). Hosts: docs/zoho.md (data centres, Corrections) and
// lib/zoho/product-hosts.ts (each product host's source).
const OWN = ["http://localhost:3000", "http://127.0.0.1:3000"];
const US: GrantHosts = {
  provider: "ZOHO",
  location: "us",
  accountsServer: "https://accounts.zoho.com",
  apiDomain: "https://www.zohoapis.com",
};
// Zoho's own multi-DC example answers api_domain https://api.zoho.eu (docs/zoho.md, Corrections).
const EU: GrantHosts = { provider: "ZOHO", location: "eu", accountsServer: "https://accounts.zoho.eu", apiDomain: "https://api.zoho.eu" };
const CN: GrantHosts = {
  provider: "ZOHO",
  location: "cn",
  accountsServer: "https://accounts.zoho.com.cn",
  apiDomain: "https://www.zohoapis.com.cn/",
};
const UK: GrantHosts = {
  provider: "ZOHO",
  location: "uk",
  accountsServer: "https://accounts.zoho.uk",
  apiDomain: "https://www.zohoapis.uk",
};
const SANDBOX: GrantHosts = {
  provider: "SANDBOX",
  location: "eu",
  accountsServer: "http://localhost:3000/sandbox/eu",
  apiDomain: "http://localhost:3000/sandbox/eu/api",
};

describe("grantApiBases", () => {
  it("a US grant: its accounts server, api_domain and every US product host", () => {
    expect(grantApiBases(US, OWN)).toEqual({
      accounts: "https://accounts.zoho.com",
      api: "https://www.zohoapis.com",
      crm_sandbox: "https://sandbox.zohoapis.com",
      crm_developer: "https://developer.zohoapis.com",
      crm_files: "https://content.zohoapis.com",
      desk: "https://desk.zoho.com/api/v1",
      mail: "https://mail.zoho.com/api",
      projects: "https://projectsapi.zoho.com/api/v3",
      cliq: "https://cliq.zoho.com/api/v2",
      creator: "https://creator.zoho.com",
      books: "https://www.zohoapis.com/books/v3",
      workdrive: "https://www.zohoapis.com/workdrive",
      bigin: "https://www.zohoapis.com/bigin/v2",
    });
  });

  it("a UK grant: no product host (none documented), its own servers only", () => {
    expect(grantApiBases(UK, OWN)).toEqual({ accounts: "https://accounts.zoho.uk", api: "https://www.zohoapis.uk" });
  });

  it("a sandbox grant: its sandbox accounts server, api_domain and the sandbox's product paths under it", () => {
    expect(grantApiBases(SANDBOX, OWN)).toEqual({
      accounts: "http://localhost:3000/sandbox/eu",
      api: "http://localhost:3000/sandbox/eu/api",
      desk: "http://localhost:3000/sandbox/eu/api/desk/api/v1",
      mail: "http://localhost:3000/sandbox/eu/api/mail/api",
      books: "http://localhost:3000/sandbox/eu/api/books/v3",
      bigin: "http://localhost:3000/sandbox/eu/api/bigin/v2",
    });
  });

  it("leaves out a stored base that fails the checks, keeping the others", () => {
    expect(grantApiBases({ ...US, apiDomain: "https://evil.test" }, OWN)).not.toHaveProperty("api");
    expect(grantApiBases({ ...US, apiDomain: "https://evil.test" }, OWN)).toHaveProperty("desk", "https://desk.zoho.com/api/v1");
    expect(grantApiBases({ ...US, accountsServer: "https://accounts.zoho.com.evil.test" }, OWN)).not.toHaveProperty("accounts");
    expect(grantApiBases(SANDBOX, [])).toEqual({});
  });
});

describe("resolveApiTarget: allowed, answering the exact URL", () => {
  const rows: [string, GrantHosts, ApiBase, string, [string, string][], string][] = [
    ["US profile", US, "accounts", "/oauth/user/info", [], "https://accounts.zoho.com/oauth/user/info"],
    [
      "US CRM current user",
      US,
      "api",
      "/crm/v8/users",
      [["type", "CurrentUser"]],
      "https://www.zohoapis.com/crm/v8/users?type=CurrentUser",
    ],
    ["US CRM, no leading slash", US, "api", "crm/v8/org", [], "https://www.zohoapis.com/crm/v8/org"],
    ["US CRM sandbox org", US, "crm_sandbox", "/crm/v8/org", [], "https://sandbox.zohoapis.com/crm/v8/org"],
    ["US CRM developer org", US, "crm_developer", "/crm/v8/org", [], "https://developer.zohoapis.com/crm/v8/org"],
    ["US CRM files", US, "crm_files", "/crm/v8/files", [], "https://content.zohoapis.com/crm/v8/files"],
    ["US Desk", US, "desk", "/organizations", [], "https://desk.zoho.com/api/v1/organizations"],
    ["US Mail", US, "mail", "/accounts", [], "https://mail.zoho.com/api/accounts"],
    ["US Projects", US, "projects", "/portals", [], "https://projectsapi.zoho.com/api/v3/portals"],
    ["US Cliq", US, "cliq", "/channels", [], "https://cliq.zoho.com/api/v2/channels"],
    ["US Creator", US, "creator", "/api/v2/owner/app/report/All", [], "https://creator.zoho.com/api/v2/owner/app/report/All"],
    ["US Books", US, "books", "/organizations", [], "https://www.zohoapis.com/books/v3/organizations"],
    ["US WorkDrive", US, "workdrive", "/api/v1/users/me", [], "https://www.zohoapis.com/workdrive/api/v1/users/me"],
    ["US Bigin", US, "bigin", "/users", [["type", "CurrentUser"]], "https://www.zohoapis.com/bigin/v2/users?type=CurrentUser"],
    ["EU profile", EU, "accounts", "/oauth/user/info", [], "https://accounts.zoho.eu/oauth/user/info"],
    [
      "EU api.zoho.eu",
      EU,
      "api",
      "/crm/v8/Leads",
      [["fields", "Last_Name,Email"]],
      "https://api.zoho.eu/crm/v8/Leads?fields=Last_Name%2CEmail",
    ],
    ["EU CRM sandbox", EU, "crm_sandbox", "/crm/v8/org", [], "https://sandbox.zohoapis.eu/crm/v8/org"],
    ["EU Desk", EU, "desk", "/organizations", [], "https://desk.zoho.eu/api/v1/organizations"],
    ["EU Mail", EU, "mail", "/accounts", [], "https://mail.zoho.eu/api/accounts"],
    ["EU Projects", EU, "projects", "/portals", [], "https://projectsapi.zoho.eu/api/v3/portals"],
    ["EU WorkDrive", EU, "workdrive", "/api/v1/users/me", [], "https://www.zohoapis.eu/workdrive/api/v1/users/me"],
    ["EU Bigin", EU, "bigin", "/users", [], "https://www.zohoapis.eu/bigin/v2/users"],
    ["CN profile", CN, "accounts", "/oauth/user/info", [], "https://accounts.zoho.com.cn/oauth/user/info"],
    ["CN CRM (stored with a trailing slash)", CN, "api", "/crm/v8/users", [], "https://www.zohoapis.com.cn/crm/v8/users"],
    ["CN Desk", CN, "desk", "/organizations", [], "https://desk.zoho.com.cn/api/v1/organizations"],
    ["CN Mail", CN, "mail", "/accounts", [], "https://mail.zoho.com.cn/api/accounts"],
    ["CN Projects", CN, "projects", "/portals", [], "https://projectsapi.zoho.com.cn/api/v3/portals"],
    ["CN Creator", CN, "creator", "/api/v2/x", [], "https://creator.zoho.com.cn/api/v2/x"],
    ["sandbox profile", SANDBOX, "accounts", "/oauth/user/info", [], "http://localhost:3000/sandbox/eu/oauth/user/info"],
    [
      "sandbox CRM",
      SANDBOX,
      "api",
      "/crm/v8/users",
      [["type", "CurrentUser"]],
      "http://localhost:3000/sandbox/eu/api/crm/v8/users?type=CurrentUser",
    ],
    ["sandbox Books", SANDBOX, "books", "/organizations", [], "http://localhost:3000/sandbox/eu/api/books/v3/organizations"],
    ["sandbox Desk", SANDBOX, "desk", "/organizations", [], "http://localhost:3000/sandbox/eu/api/desk/api/v1/organizations"],
    ["sandbox Mail", SANDBOX, "mail", "/accounts", [], "http://localhost:3000/sandbox/eu/api/mail/api/accounts"],
    ["sandbox Bigin", SANDBOX, "bigin", "/users", [], "http://localhost:3000/sandbox/eu/api/bigin/v2/users"],
    ["a trailing slash", US, "api", "/crm/v8/Leads/", [], "https://www.zohoapis.com/crm/v8/Leads/"],
    ["the base itself", US, "api", "/", [], "https://www.zohoapis.com/"],
    ["an escaped space and é", US, "api", "/crm/v8/My%20Module/%C3%A9", [], "https://www.zohoapis.com/crm/v8/My%20Module/%C3%A9"],
    ["sub-delims and a colon", US, "api", "/crm/v8/x:y/a-b_c.d~e!$&'()*+,=", [], "https://www.zohoapis.com/crm/v8/x:y/a-b_c.d~e!$&'()*+,="],
    [
      "hostile-looking query values are only ever encoded",
      US,
      "api",
      "/crm/v8/Leads/search",
      [
        ["criteria", "(Email:equals:a@b.com)"],
        ["x", "1&y=2#frag ../"],
      ],
      "https://www.zohoapis.com/crm/v8/Leads/search?criteria=(Email%3Aequals%3Aa%40b.com)&x=1%26y%3D2%23frag%20..%2F",
    ],
  ];
  it.each(rows)("%s", (_, grant, base, path, query, url) => {
    expect(resolveApiTarget(grant, base, path, query, OWN)).toEqual(expect.objectContaining({ ok: true, url, base }));
  });

  it("answers the data centre of the host called: the grant's own, or another DC's host stored as api_domain", () => {
    expect(resolveApiTarget(EU, "api", "/crm/v8/org", [], OWN)).toMatchObject({ ok: true, location: "eu" });
    expect(resolveApiTarget(CN, "desk", "/organizations", [], OWN)).toMatchObject({ ok: true, location: "cn" });
    expect(resolveApiTarget(SANDBOX, "books", "/organizations", [], OWN)).toMatchObject({ ok: true, location: "eu" });
    // An EU grant whose api_domain was dropped for the US host (docs/zoho.md, "What people get wrong" 3).
    expect(resolveApiTarget({ ...EU, apiDomain: "https://www.zohoapis.com" }, "api", "/crm/v8/org", [], OWN)).toMatchObject({
      ok: true,
      location: "us",
    });
    expect(resolveApiTarget({ ...SANDBOX, apiDomain: "http://127.0.0.1:3000/sandbox/us/api" }, "api", "/x", [], OWN)).toMatchObject({
      ok: true,
      url: "http://127.0.0.1:3000/sandbox/us/api/x",
      location: "us",
    });
  });
});

describe("resolveApiTarget: hostile paths, each refused with its reason", () => {
  const rows: [string, string, RegExp][] = [
    ["", "empty", /Type the path/],
    ["/" + "a".repeat(2_000), "too-long", /2,001 characters long; at most 2,000/],
    ["/crm/v8/users\u0000", "control", /control character/],
    ["/crm/v8/users\r\nHost: evil.test", "control", /control character/],
    ["/crm\t/v8", "control", /control character/],
    ["/crm/\u0085x", "control", /control character/],
    ["/crm/v8/ users", "whitespace", /space/],
    ["/crm/v8/users\u00a0", "whitespace", /space/],
    ["/crm\u2028x", "whitespace", /space/],
    ["https://evil.test/crm", "absolute", /full address/],
    ["HTTP://evil.test", "absolute", /full address/],
    ["javascript:alert(1)", "absolute", /full address/],
    ["file:///etc/passwd", "absolute", /full address/],
    ["//evil.test/crm", "scheme-relative", /another host/],
    ["\\\\evil.test\\crm", "scheme-relative", /another host/],
    ["/\\evil.test", "scheme-relative", /another host/],
    ["/crm\\..\\admin", "backslash", /backslash/],
    ["@evil.test/crm", "at-sign", /user name/],
    ["/crm@evil.test", "at-sign", /user name/],
    ["/crm?x=1", "query-in-path", /query fields/],
    ["/crm#frag", "fragment", /fragment/],
    ["/crm/v8/ＵＳＥＲＳ", "non-ascii", /non-ASCII/],
    ["/crm/．．/admin", "non-ascii", /non-ASCII/],
    ["/crm/..;/admin", "semicolon", /path parameters/],
    ["/crm/<script>", "character", /"<".*percent-encode/],
    ["/crm/`x`", "character", /"`"/],
    ["/crm/{x}", "character", /"\{"/],
    ["/crm/[::1]", "character", /"\["/],
    ["/crm/%", "bad-escape", /two hex digits/],
    ["/crm/%zz", "bad-escape", /two hex digits/],
    ["/crm/%2e%2e/admin", "encoded-dot", /encoded dot/],
    ["/crm/%2E%2E/admin", "encoded-dot", /encoded dot/],
    ["/crm/.%2e/admin", "encoded-dot", /encoded dot/],
    ["/crm%2fadmin", "encoded-slash", /encoded \//],
    ["/crm%2F..%2Fadmin", "encoded-slash", /encoded \//],
    ["/crm/%5c..%5cadmin", "encoded-backslash", /encoded backslash/],
    ["/crm/%40evil.test", "encoded-at", /encoded @/],
    ["/crm/%252e%252e/admin", "double-encoded", /double encoding/],
    ["/crm/%25252e", "double-encoded", /double encoding/],
    ["/crm/%00", "encoded-control", /encoded control/],
    ["/crm/%0d%0aHost:x", "encoded-control", /encoded control/],
    ["/crm/%7f", "encoded-control", /encoded control/],
    ["/crm/%c2%85", "encoded-control", /encoded control/],
    ["/crm/%c0%ae%c0%ae/admin", "bad-utf8", /not valid UTF-8/],
    ["/crm/%e0%80%ae", "bad-utf8", /not valid UTF-8/],
    ["/crm/%3fx=1", "encoded-question-mark", /encoded \?/],
    ["/crm/%23x", "encoded-hash", /encoded #/],
    ["/crm/%3b", "encoded-semicolon", /encoded ;/],
    ["/crm//v8", "empty-segment", /empty segment/],
    ["/crm/../../admin", "dot-segment", /climb out/],
    ["/./crm", "dot-segment", /climb out/],
    ["/crm/..", "dot-segment", /climb out/],
    ["..", "dot-segment", /climb out/],
    ["../../oauth/v2/token", "dot-segment", /climb out/],
  ];
  it.each(rows)("%j → %s", (path, rule, reason) => {
    const target = resolveApiTarget(US, "api", path, [], OWN);
    expect(target).toMatchObject({ ok: false, rule });
    expect(!target.ok && target.reason).toMatch(reason);
  });

  it("refuses the same paths under a product base and a sandbox grant", () => {
    for (const [path, rule] of rows) {
      expect(resolveApiTarget(US, "desk", path, [], OWN)).toMatchObject({ ok: false, rule });
      expect(resolveApiTarget(SANDBOX, "books", path, [], OWN)).toMatchObject({ ok: false, rule });
    }
  });
});

describe("resolveApiTarget: hostile hosts and bases, each refused with its reason", () => {
  const rows: [string, GrantHosts, string, string, RegExp, string[]?][] = [
    ["an unknown base", US, "evil", "unknown-base", /not a base/],
    ["__proto__ as a base", US, "__proto__", "unknown-base", /not a base/],
    ["constructor as a base", US, "constructor", "unknown-base", /not a base/],
    ["an http api_domain", { ...US, apiDomain: "http://www.zohoapis.com" }, "api", "api-domain-refused", /https host on a Zoho domain/],
    [
      "a look-alike api_domain",
      { ...US, apiDomain: "https://www.zohoapis.com.evil.test" },
      "api",
      "api-domain-refused",
      /not one the console may call/,
    ],
    ["a foreign api_domain", { ...US, apiDomain: "https://evil.test" }, "api", "api-domain-refused", /"https:\/\/evil.test"/],
    ["an api_domain with a port", { ...US, apiDomain: "https://www.zohoapis.com:8443" }, "api", "api-domain-refused", /Zoho domain/],
    [
      "an api_domain with credentials",
      { ...US, apiDomain: "https://user:pw@www.zohoapis.com" },
      "api",
      "api-domain-refused",
      /Zoho domain/,
    ],
    ["an api_domain with a path", { ...US, apiDomain: "https://www.zohoapis.com/evil" }, "api", "api-domain-refused", /Zoho domain/],
    ["an api_domain on loopback", { ...US, apiDomain: "https://127.0.0.1" }, "api", "api-domain-refused", /Zoho domain/],
    [
      "a Zoho grant with the sandbox's api_domain",
      { ...US, apiDomain: "http://localhost:3000/sandbox/us/api" },
      "api",
      "api-domain-refused",
      /Zoho domain/,
    ],
    [
      "a look-alike accounts server",
      { ...US, accountsServer: "https://accounts.zoho.com.evil.test" },
      "accounts",
      "accounts-refused",
      /Zoho accounts server/,
    ],
    [
      "an http accounts server",
      { ...US, accountsServer: "http://accounts.zoho.com" },
      "accounts",
      "accounts-refused",
      /Zoho accounts server/,
    ],
    ["a foreign accounts server", { ...US, accountsServer: "https://evil.test" }, "accounts", "accounts-refused", /Zoho accounts server/],
    [
      "a Zoho grant with the sandbox's accounts server",
      { ...US, accountsServer: "http://localhost:3000/sandbox/us" },
      "accounts",
      "accounts-refused",
      /Zoho accounts server/,
    ],
    [
      "a sandbox api_domain on another host",
      { ...SANDBOX, apiDomain: "http://evil.test:3000/sandbox/eu/api" },
      "api",
      "api-domain-refused",
      /this console's address/,
    ],
    [
      "a sandbox api_domain on another port",
      { ...SANDBOX, apiDomain: "http://localhost:9999/sandbox/eu/api" },
      "api",
      "api-domain-refused",
      /this console's address/,
    ],
    [
      "a sandbox grant with Zoho's api_domain",
      { ...SANDBOX, apiDomain: "https://www.zohoapis.com" },
      "api",
      "api-domain-refused",
      /this console's address/,
    ],
    [
      "a sandbox grant's product under a refused api_domain",
      { ...SANDBOX, apiDomain: "https://evil.test" },
      "books",
      "api-domain-refused",
      /this console's address/,
    ],
    [
      "a sandbox grant with Zoho's accounts server",
      { ...SANDBOX, accountsServer: "https://accounts.zoho.com" },
      "accounts",
      "accounts-refused",
      /sandbox accounts server/,
    ],
    ["a sandbox grant with the sandbox off", SANDBOX, "api", "sandbox-off", /turned off/, []],
    ["a product the sandbox does not serve", SANDBOX, "crm_sandbox", "no-product-host", /sandbox does not serve Zoho CRM — sandbox org/],
    ["Projects, which the sandbox does not answer", SANDBOX, "projects", "no-product-host", /sandbox does not serve Zoho Projects/],
    ["a product with no host in the DC", UK, "desk", "no-product-host", /no Zoho Desk host for the uk data centre/],
    ["a DC added by hand", { ...US, location: "zz" }, "mail", "no-product-host", /no Zoho Mail host for the zz/],
  ];
  it.each(rows)("%s", (_, grant, base, rule, reason, origins = OWN) => {
    const target = resolveApiTarget(grant, base as ApiBase, "/crm/v8/users", [], origins);
    expect(target).toMatchObject({ ok: false, rule });
    expect(!target.ok && target.reason).toMatch(reason);
  });
});

describe("resolveApiTarget: the accounts server answers the profile only", () => {
  it.each(["/oauth/v2/token", "/oauth/v2/token/revoke", "/oauth/v2/auth", "/oauth/serverinfo", "/oauth/user/info/x", "/"])(
    "%s is refused there",
    (path) => {
      for (const grant of [US, SANDBOX]) {
        const target = resolveApiTarget(grant, "accounts", path, [], OWN);
        expect(target).toMatchObject({ ok: false, rule: "accounts-path" });
      }
    },
  );
});

describe("resolveApiTarget: hostile queries", () => {
  const rows: [string, unknown, string, RegExp][] = [
    ["too many pairs", Array.from({ length: 51 }, (_, i) => [`p${i}`, "1"]), "query-too-many", /51 pairs; at most 50/],
    ["a line break in a value", [["type", "CurrentUser\r\nHost: evil.test"]], "query-control", /control character/],
    ["a NUL in a name", [["ty\u0000pe", "x"]], "query-control", /control character/],
    ["a pair with no name", [["  ", "x"]], "query-name", /no name/],
    ["an overlong name", [["n".repeat(201), "x"]], "query-too-long", /longer than 200/],
    ["an overlong value", [["n", "v".repeat(4_001)]], "query-too-long", /longer than 4,000/],
    ["a pair that is not a pair", [["only-a-name"]], "query-shape", /name and a value/],
    ["not a list", "type=CurrentUser", "query-shape", /list of name and value pairs/],
    [
      "an address past 8,000 characters",
      Array.from({ length: 3 }, (_, i) => [`p${i}`, "v".repeat(3_000)]),
      "url-too-long",
      /at most 8,000/,
    ],
  ];
  it.each(rows)("%s", (_, query, rule, reason) => {
    const target = resolveApiTarget(US, "api", "/crm/v8/users", query as [string, string][], OWN);
    expect(target).toMatchObject({ ok: false, rule });
    expect(!target.ok && target.reason).toMatch(reason);
  });
});
