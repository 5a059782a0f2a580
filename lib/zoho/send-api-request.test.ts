import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ApiRequestRefused, MAX_ANSWER_BYTES, checkApiBody, checkApiHeaders, sendApiRequest, type ApiRequest } from "./send-api-request";

// Over real HTTP: a local server stands in for the sandbox (this process on loopback), reached through
// `internalOrigin`; the private-address refusal goes through the real DNS lookup.
const TOKEN = "1000.0123456789abcdef0123456789abcdef.fedcba9876543210fedcba9876543210";

type Seen = { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string };
let seen: Seen[] = [];
let connections = 0;
let handler: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_, res) => res.end();
const server = http.createServer((req, res) => {
  let body = "";
  req.on("data", (c) => (body += c));
  req.on("end", () => {
    seen.push({ method: req.method, url: req.url, headers: req.headers, body });
    handler(req, res);
  });
});
// A listener no other test calls: any connection to it would be a private address reached.
const trap = http.createServer((_, res) => res.end());
trap.on("connection", () => connections++);
let origin = "";
let port = 0;
let trapPort = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve) => trap.listen(0, "127.0.0.1", resolve));
  trapPort = (trap.address() as AddressInfo).port;
});
afterEach(() => {
  seen = [];
  handler = (_, res) => res.end();
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => trap.close(resolve));
});

const sandbox = (path: string, more: Partial<ApiRequest> = {}): ApiRequest => ({
  method: "GET",
  url: `http://localhost:3000${path}`,
  headers: [],
  accessToken: TOKEN,
  sandbox: true,
  ...more,
});

describe("sendApiRequest to the sandbox (this process, at its own address)", () => {
  it("sends the token as Zoho takes it, the typed headers and the JSON body, to the path and query under /sandbox/", async () => {
    handler = (_, res) => res.writeHead(201, { "content-type": "application/json", "x-test": "1" }).end('{"data":[{"code":"SUCCESS"}]}');
    const answer = await sendApiRequest(
      sandbox("/sandbox/eu/api/crm/v8/Leads?fields=Last_Name", { method: "POST", headers: [["orgId", "123"]], body: '{"data":[]}' }),
      { internalOrigin: origin },
    );
    expect(answer).toMatchObject({ ok: true, status: 201, body: '{"data":[{"code":"SUCCESS"}]}', truncated: false, bytes: 29 });
    expect(answer.ok && answer.headers).toContainEqual(["x-test", "1"]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: "POST", url: "/sandbox/eu/api/crm/v8/Leads?fields=Last_Name", body: '{"data":[]}' });
    // Never the stored host (localhost:3000): the console's own listening address.
    expect(seen[0].headers).toMatchObject({
      host: `127.0.0.1:${port}`,
      authorization: `Zoho-oauthtoken ${TOKEN}`,
      orgid: "123",
      "content-type": "application/json",
    });
    expect(seen[0].headers.cookie).toBeUndefined();
  });

  it("answers an error status as it is, with its body", async () => {
    handler = (_, res) => res.writeHead(401).end('{"code":"INVALID_TOKEN","details":{},"message":"invalid oauth token","status":"error"}');
    const answer = await sendApiRequest(sandbox("/sandbox/us/api/crm/v8/org"), { internalOrigin: origin });
    expect(answer).toMatchObject({ ok: true, status: 401, body: expect.stringContaining("INVALID_TOKEN") });
  });

  it("never follows a redirect: the 3xx is answered with its Location", async () => {
    handler = (_, res) => res.writeHead(302, { location: "https://evil.test/steal" }).end();
    const answer = await sendApiRequest(sandbox("/sandbox/us/api/crm/v8/users"), { internalOrigin: origin });
    expect(answer).toMatchObject({ ok: true, status: 302 });
    expect(answer.ok && answer.headers).toContainEqual(["location", "https://evil.test/steal"]);
    expect(seen).toHaveLength(1);
  });

  it("stops reading at 5 MB and says the body was truncated", async () => {
    const chunk = Buffer.alloc(64 * 1024, "a");
    handler = (_, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      for (let i = 0; i < 96; i++) res.write(chunk); // 6 MB
      res.end();
    };
    const answer = await sendApiRequest(sandbox("/sandbox/us/api/big"), { internalOrigin: origin });
    expect(answer).toMatchObject({ ok: true, truncated: true, bytes: MAX_ANSWER_BYTES });
    expect(answer.ok && answer.body.length).toBe(MAX_ANSWER_BYTES);
  });

  it("reads a body of exactly the cap whole, and drops a character cut by the cap", async () => {
    handler = (_, res) => res.end("ééé"); // 6 bytes
    expect(await sendApiRequest(sandbox("/sandbox/us/api/x"), { internalOrigin: origin, maxBytes: 6 })).toMatchObject({
      body: "ééé",
      truncated: false,
      bytes: 6,
    });
    expect(await sendApiRequest(sandbox("/sandbox/us/api/x"), { internalOrigin: origin, maxBytes: 3 })).toMatchObject({
      body: "é",
      truncated: true,
      bytes: 3,
    });
  });

  it("times out when no answer comes, and when the body stalls", async () => {
    handler = () => {};
    const silent = await sendApiRequest(sandbox("/sandbox/us/api/slow"), { internalOrigin: origin, timeoutMs: 200 });
    expect(silent).toMatchObject({ ok: false, error: "timeout", description: "No complete answer within 0.2 s." });
    expect(!silent.ok && silent.durationMs).toBeGreaterThanOrEqual(190);
    handler = (_, res) => res.writeHead(200).write("{");
    expect(await sendApiRequest(sandbox("/sandbox/us/api/stall"), { internalOrigin: origin, timeoutMs: 200 })).toMatchObject({
      ok: false,
      error: "timeout",
    });
  });

  it("answers unreachable when nothing listens", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const answer = await sendApiRequest(sandbox("/sandbox/us/api/x"), { internalOrigin: `http://127.0.0.1:${closedPort}` });
    expect(answer).toMatchObject({ ok: false, error: "unreachable", description: expect.stringContaining("ECONNREFUSED") });
    expect(JSON.stringify(answer)).not.toContain(TOKEN);
  });

  it.each(["/api/x", "/sandbox/../api/x", "/sandboxes/us/api", "/"])("refuses a sandbox URL outside /sandbox/: %s", async (path) => {
    await expect(sendApiRequest(sandbox(path), { internalOrigin: origin })).rejects.toThrow(ApiRequestRefused);
    expect(seen).toHaveLength(0);
  });
});

describe("sendApiRequest to Zoho hosts: never a private address", () => {
  // Each host points at loopback (where the trap listens), private, link-local or metadata ranges.
  it.each([
    [
      "localhost, through the real DNS lookup",
      () => `https://localhost:${trapPort}/crm/v8/users`,
      /localhost resolves to 127\.0\.0\.1 \(loopback\)/,
    ],
    ["127.0.0.1", () => `https://127.0.0.1:${trapPort}/crm/v8/users`, /127\.0\.0\.1 .*loopback/],
    ["::1", () => `https://[::1]:${trapPort}/`, /loopback/],
    ["IPv4-mapped IPv6", () => `https://[::ffff:127.0.0.1]:${trapPort}/`, /loopback/],
    ["an IPv4 address written as a number", () => `https://2130706433:${trapPort}/`, /loopback/],
    ["cloud metadata", () => "https://169.254.169.254/latest/meta-data/", /linkLocal/],
    ["AWS IPv6 metadata", () => "https://[fd00:ec2::254]/latest/meta-data/", /uniqueLocal/],
    ["a private network", () => "https://10.0.0.1/", /private/],
    ["CGNAT", () => "https://100.64.0.1/", /carrierGradeNat/],
    ["multicast", () => "https://224.0.0.1/", /multicast/],
    ["unspecified", () => "https://0.0.0.0/", /unspecified/],
  ])("refuses %s without connecting", async (_, url, description) => {
    const answer = await sendApiRequest({ method: "GET", url: url(), headers: [], accessToken: TOKEN, sandbox: false });
    expect(answer).toMatchObject({ ok: false, error: "private_address", description: expect.stringMatching(description) });
    expect(connections).toBe(0);
    expect(JSON.stringify(answer)).not.toContain(TOKEN);
  });

  it("answers unreachable for a name that does not resolve", async () => {
    const answer = await sendApiRequest({
      method: "GET",
      url: "https://nothing.invalid/x",
      headers: [],
      accessToken: TOKEN,
      sandbox: false,
    });
    expect(answer).toMatchObject({
      ok: false,
      error: "unreachable",
      description: expect.stringMatching(/nothing\.invalid could not be reached/),
    });
  });

  it("refuses plain http to Zoho", async () => {
    await expect(
      sendApiRequest({ method: "GET", url: "http://www.zohoapis.com/crm/v8/org", headers: [], accessToken: TOKEN, sandbox: false }),
    ).rejects.toThrow(/only calls Zoho over https/);
  });
});

describe("input the runner's form refuses first", () => {
  it("throws on refused headers, a GET body or a malformed token, never echoing the token", async () => {
    const bad = [
      sandbox("/sandbox/us/api/x", { headers: [["Authorization", "Zoho-oauthtoken other"]] }),
      sandbox("/sandbox/us/api/x", { body: "{}" }),
      sandbox("/sandbox/us/api/x", { accessToken: `${TOKEN}\r\nX-Evil: 1` }),
    ];
    for (const request of bad) {
      const error = await sendApiRequest(request, { internalOrigin: origin }).catch((e: Error) => e);
      expect(error).toBeInstanceOf(ApiRequestRefused);
      expect((error as Error).message).not.toContain(TOKEN);
    }
    expect(seen).toHaveLength(0);
  });

  it("checkApiBody", () => {
    expect(checkApiBody("GET", "{}")).toMatch(/GET request has no body/);
    expect(checkApiBody("POST", "x".repeat(1024 * 1024 + 1))).toMatch(/larger than 1 MB/);
    expect(checkApiBody("POST", '{"select_query":"select Last_Name from Leads"}')).toBeNull();
    expect(checkApiBody("GET", undefined)).toBeNull();
  });
});

describe("checkApiHeaders", () => {
  it.each([
    ["Authorization", "Zoho-oauthtoken x", /sets Authorization itself/],
    ["authorization", "Bearer x", /sets Authorization itself/],
    ["Cookie", "a=b", /Cookies are never sent/],
    ["Host", "evil.test", /Host cannot be set/],
    ["Content-Length", "5", /Content-Length/],
    ["Transfer-Encoding", "chunked", /HTTP client/],
    ["Connection", "close", /HTTP client/],
    ["Keep-Alive", "timeout=5", /HTTP client/],
    ["TE", "trailers", /HTTP client/],
    ["Upgrade", "h2c", /HTTP client/],
    ["Expect", "100-continue", /HTTP client/],
    ["Proxy-Authorization", "Basic x", /proxy header/],
    ["Proxy-Connection", "keep-alive", /proxy header/],
    ["X-Forwarded-For", "127.0.0.1", /client address/],
    ["Forwarded", "for=127.0.0.1", /client address/],
    ["X-Real-IP", "127.0.0.1", /client address/],
    ["X-Evil:", "1", /not a header name/],
    ["X Evil", "1", /not a header name/],
    [":authority", "evil.test", /not a header name/],
    ["", "1", /no name/],
    ["n".repeat(101), "1", /at most 100 characters/],
    ["X-Test", "a\r\nHost: evil.test", /control character/],
    ["X-Test", "a\u0000", /control character/],
    ["X-Test", "é", /non-ASCII/],
    ["X-Test", "v".repeat(4_097), /longer than 4,096/],
  ])("refuses %j: %j", (name, value, reason) => {
    const refusals = checkApiHeaders([[name, value]]);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ index: 0, name });
    expect(refusals[0].reason).toMatch(reason);
  });

  it("refuses a repeated header, too many, and too many bytes, by row", () => {
    expect(
      checkApiHeaders([
        ["orgId", "1"],
        ["ORGID", "2"],
      ]),
    ).toEqual([{ index: 1, name: "ORGID", reason: "ORGID is given twice." }]);
    const many = Array.from({ length: 31 }, (_, i) => [`X-H${i}`, "1"] as [string, string]);
    expect(checkApiHeaders(many)).toEqual([{ index: 30, name: "X-H30", reason: "At most 30 headers may be added." }]);
    const heavy = Array.from({ length: 5 }, (_, i) => [`X-H${i}`, "v".repeat(4_000)] as [string, string]);
    expect(checkApiHeaders(heavy)).toEqual([{ index: 4, name: "X-H4", reason: "The headers add up to more than 16 KB." }]);
  });

  it("lets product headers through", () => {
    expect(
      checkApiHeaders([
        ["orgId", "2389290"],
        ["Content-Type", "application/json"],
        ["X-com-zoho-subscriptions-organizationid", "10234695"],
        ["Accept", "application/json"],
        ["If-None-Match", '"abc"'],
        ["User-Agent", "my-app\t1.0"],
      ]),
    ).toEqual([]);
  });
});
