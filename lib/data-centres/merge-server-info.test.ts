import { describe, expect, it } from "vitest";
import type { DataCentre } from "./data-centre";
import { mergeServerInfo } from "./merge-server-info";
import { SEED_DATA_CENTRES } from "./seed-data-centres";

// Zoho's serverinfo answer: {"result":"success","locations":{"us":"https://accounts.zoho.com",…}}
// (https://zoho.com/accounts/protocol/oauth/multi-dc/client-authorization.html).
const current: DataCentre[] = SEED_DATA_CENTRES.filter((dc) => dc.location !== "ae");

describe("mergeServerInfo from Zoho", () => {
  it("adds a data centre Zoho lists and the table lacks, with Zoho's usual API domain", () => {
    const merge = mergeServerInfo(current, { us: "https://accounts.zoho.com", ae: "https://accounts.zoho.ae" }, null);
    expect(merge.add).toEqual([
      {
        location: "ae",
        label: "United Arab Emirates",
        accountsServer: "https://accounts.zoho.ae",
        apiDomain: "https://www.zohoapis.ae",
        enabled: true,
        source: "serverinfo",
      },
    ]);
    expect(merge.unchanged).toEqual(["us"]);
  });

  it("never removes or disables a data centre the answer leaves out (China is served apart)", () => {
    const merge = mergeServerInfo(current, { us: "https://accounts.zoho.com" }, null);
    expect(merge).toMatchObject({ add: [], update: [], skipped: [] });
  });

  it("skips what is not a Zoho accounts server, with the reason", () => {
    const merge = mergeServerInfo(
      current,
      { zz: "https://evil.example", "Bad Key": "https://accounts.zoho.zz", yy: 42, xx: "https://accounts.zoho.com" },
      null,
    );
    expect(merge.add).toEqual([]);
    expect(merge.skipped.map((s) => s.location)).toEqual(["zz", "Bad Key", "yy", "xx"]);
    expect(merge.skipped.at(-1)!.reason).toContain("already belongs to us");
  });

  it("follows a moved accounts server and fills in a sandbox-only row", () => {
    const withSandboxOnly: DataCentre[] = [
      ...current,
      { location: "zq", label: "ZQ", accountsServer: null, apiDomain: null, enabled: true, source: "sandbox" },
    ];
    const merge = mergeServerInfo(withSandboxOnly, { jp: "https://accounts.zoho.co.jp", zq: "https://accounts.zoho.zq" }, null);
    // "zoho.co.jp" is not a Zoho accounts-server domain: skipped; the sandbox-only zq gets Zoho's server.
    expect(merge.update.map((u) => u.location)).toEqual(["zq"]);
    expect(merge.skipped.map((s) => s.location)).toEqual(["jp"]);
    const moved = mergeServerInfo(withSandboxOnly, { jp: "https://accounts.zoho.jpn", zq: "https://accounts.zoho.zq" }, null);
    expect(moved.update).toEqual([
      { location: "jp", accountsServer: "https://accounts.zoho.jpn", apiDomain: "https://www.zohoapis.jp" },
      { location: "zq", accountsServer: "https://accounts.zoho.zq", apiDomain: "https://www.zohoapis.zq" },
    ]);
  });
});

describe("mergeServerInfo from the sandbox", () => {
  const sandboxUrl = (location: string, url: string) => url === `http://127.0.0.1:3000/sandbox/${location}`;
  it("adds a location the sandbox serves as sandbox-only; refuses any other URL", () => {
    const merge = mergeServerInfo(
      current,
      { zq: "http://127.0.0.1:3000/sandbox/zq", zr: "https://accounts.zoho.zr", us: "http://127.0.0.1:3000/sandbox/us" },
      sandboxUrl,
    );
    expect(merge.add).toEqual([{ location: "zq", label: "ZQ", accountsServer: null, apiDomain: null, enabled: true, source: "sandbox" }]);
    expect(merge.skipped).toEqual([{ location: "zr", reason: "not the sandbox's accounts server for this location" }]);
    expect(merge.unchanged).toEqual(["us"]);
  });
});
