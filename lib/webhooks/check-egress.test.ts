import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { checkEgress } from "./check-egress";
import { nonPublicRange, PRIVATE_ADDRESS, publicAddressLookup } from "@/lib/http/public-address";

// Names resolved by a stub, so the test does not depend on this machine's DNS.
const zone: Record<string, string[]> = {
  "hooks.example.com": ["93.184.215.14"],
  "v6.example.com": ["2606:4700::1111"],
  "localhost.example.com": ["127.0.0.1"],
  "internal.example.com": ["10.1.2.3"],
  "metadata.example.com": ["169.254.169.254"],
  "mixed.example.com": ["93.184.215.14", "192.168.0.7"],
  "ula.example.com": ["fd00:ec2::254"],
};
const resolve = async (host: string) => {
  const found = zone[host];
  if (!found) throw new Error("ENOTFOUND");
  return found;
};
const check = (url: string, sandbox = false) => checkEgress(url, { sandbox, resolve });

describe("nonPublicRange", () => {
  const refused = [
    "10.0.0.1",
    "10.255.255.255",
    "172.16.0.1",
    "172.31.255.254",
    "192.168.1.1",
    "100.64.0.1",
    "127.0.0.1",
    "127.8.9.10",
    "169.254.169.254",
    "169.254.0.1",
    "0.0.0.0",
    "0.1.2.3",
    "224.0.0.1",
    "239.255.255.250",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "febf::1",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "::ffff:10.0.0.1",
    "::ffff:127.0.0.1",
    "::ffff:169.254.169.254",
    "64:ff9b::a00:1",
    "2002:a00:1::",
    "198.18.0.1",
  ];
  it.each(refused)("refuses %s", (address) => expect(nonPublicRange(address)).not.toBeNull());
  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])("allows public %s", (address) =>
    expect(nonPublicRange(address)).toBeNull(),
  );
  it("allows loopback only when asked (the sandbox is on), never the other ranges", () => {
    expect(nonPublicRange("127.0.0.1", { allowLoopback: true })).toBeNull();
    expect(nonPublicRange("::1", { allowLoopback: true })).toBeNull();
    expect(nonPublicRange("10.0.0.1", { allowLoopback: true })).not.toBeNull();
    expect(nonPublicRange("169.254.169.254", { allowLoopback: true })).not.toBeNull();
  });
});

describe("checkEgress (at save and before each attempt)", () => {
  const hostile = [
    "http://hooks.example.com/",
    "ftp://hooks.example.com/",
    "https://user:pw@hooks.example.com/",
    "https://10.0.0.1/",
    "https://192.168.1.1/hook",
    "https://172.16.5.4/",
    "https://100.64.0.1/",
    "https://169.254.169.254/latest/meta-data/",
    "https://127.0.0.1/",
    "https://localhost.example.com/",
    "https://internal.example.com/",
    "https://metadata.example.com/",
    "https://mixed.example.com/",
    "https://ula.example.com/",
    "https://[::1]/",
    "https://[fe80::1]/",
    "https://[fc00::1]/",
    "https://[::ffff:10.0.0.1]/",
    "https://[::ffff:a9fe:a9fe]/",
    "https://0.0.0.0/",
    "https://224.0.0.1/",
    "https://167772161/", // 10.0.0.1 in decimal
    "https://2130706433/", // 127.0.0.1 in decimal
    "https://0x7f000001/", // 127.0.0.1 in hex
    "https://0177.0.0.1/", // 127.0.0.1 in octal
    "https://012.0.0.1/", // 10.0.0.1 in octal
    "https://0xa9.0xfe.0xa9.0xfe/", // 169.254.169.254 in hex parts
    "https://127.1/",
    "https://nowhere.example.com/",
    "not a url",
  ];
  it.each(hostile)("refuses %s", async (url) => expect((await check(url)).ok).toBe(false));

  it("allows public https URLs", async () => {
    expect((await check("https://hooks.example.com/zoho")).ok).toBe(true);
    expect((await check("https://v6.example.com/zoho")).ok).toBe(true);
    expect((await check("https://93.184.215.14:8443/x")).ok).toBe(true);
  });

  it("allows http (and https) to loopback only while the sandbox is on", async () => {
    expect((await check("http://127.0.0.1:4000/hook", true)).ok).toBe(true);
    expect((await check("http://[::1]:4000/hook", true)).ok).toBe(true);
    expect((await check("http://localhost.example.com/hook", true)).ok).toBe(true);
    expect((await check("http://127.0.0.1:4000/hook", false)).ok).toBe(false);
    // The sandbox does not open http to the world, nor private ranges.
    expect((await check("http://hooks.example.com/", true)).ok).toBe(false);
    expect((await check("https://10.0.0.1/", true)).ok).toBe(false);
    expect((await check("https://2130706433/", true)).ok).toBe(true);
  });

  it("names the reason", async () => {
    const verdict = await check("https://metadata.example.com/");
    expect(verdict).toEqual({ ok: false, reason: expect.stringContaining("169.254.169.254") });
  });
});

describe("publicAddressLookup (at connect time)", () => {
  const stub = (answers: LookupAddress[]) => (_host: string, cb: (e: NodeJS.ErrnoException | null, a: LookupAddress[]) => void) =>
    cb(null, answers);
  const run = (answers: LookupAddress[], allowLoopback = false, all = false) =>
    new Promise<{ error: NodeJS.ErrnoException | null; address: unknown }>((done) =>
      publicAddressLookup({ allowLoopback, resolve: stub(answers) })("hooks.example.com", { all }, (error, address) =>
        done({ error, address }),
      ),
    );

  it("passes a public answer through, one address or all", async () => {
    expect(await run([{ address: "93.184.215.14", family: 4 }])).toEqual({ error: null, address: "93.184.215.14" });
    const both = [
      { address: "93.184.215.14", family: 4 },
      { address: "2606:4700::1111", family: 6 },
    ];
    expect((await run(both, false, true)).address).toEqual(both);
  });

  it("refuses the connection when any answer is private, loopback or metadata (a rebinding DNS answer)", async () => {
    for (const address of ["10.0.0.1", "127.0.0.1", "169.254.169.254", "::ffff:192.168.0.1"]) {
      const { error } = await run([
        { address: "93.184.215.14", family: 4 },
        { address, family: address.includes(":") ? 6 : 4 },
      ]);
      expect(error?.code).toBe(PRIVATE_ADDRESS);
      expect(error?.message).toContain(address);
    }
    expect((await run([])).error?.code).toBe(PRIVATE_ADDRESS);
  });

  it("lets loopback through only with the sandbox's exception", async () => {
    expect((await run([{ address: "127.0.0.1", family: 4 }], true)).error).toBeNull();
  });
});
