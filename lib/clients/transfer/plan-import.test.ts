import { describe, expect, it } from "vitest";
import { EXPORT_FORMAT } from "./client-export-schema";
import { seal } from "./passphrase-box";
import { planImport } from "./plan-import";

const client = (i: number, extra: Record<string, unknown> = {}) => ({
  name: `App ${i}`,
  zohoClientId: `1000.APP${String(i).padStart(10, "0")}`,
  type: "SERVER",
  provider: "ZOHO",
  environment: "PRODUCTION",
  homeDc: "us",
  ...extra,
});
const file = (clients: unknown[], more: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, exportedAt: "2026-01-01T00:00:00Z", clients, ...more });

describe("planImport", () => {
  it("refuses what is not an export as a whole, with where it went wrong", async () => {
    expect(await planImport("{", "")).toEqual({ refused: "not-json" });
    expect(await planImport(JSON.stringify({ hello: "world" }), "")).toMatchObject({
      refused: "not-export",
      detail: expect.stringContaining("format"),
    });
    expect(await planImport(file(Array.from({ length: 20_001 }, () => ({}))), "")).toMatchObject({
      refused: "not-export",
      detail: expect.stringContaining("clients"),
    });
  });

  it("sets aside bad rows and second copies, each with its row and reason, and keeps the rest", async () => {
    const plan = await planImport(
      file([
        client(1),
        client(2, { zohoClientId: "nope" }),
        client(1, { name: "Again" }),
        client(3, { name: "A\u0000B" }),
        42,
        client(4, { redirectUris: ["https://a.test/cb", "https://a.test/cb"] }),
      ]),
      "",
    );
    if ("refused" in plan) throw new Error(plan.refused);
    expect(plan.clients.map((c) => c.row)).toEqual([1, 6]);
    expect(plan.clients[1].redirectUris).toEqual(["https://a.test/cb"]);
    expect(plan.skipped).toEqual([
      { row: 2, name: "App 2", kind: "invalid", reason: expect.stringMatching(/^zohoClientId: /) },
      { row: 3, name: "Again", kind: "duplicate", reason: "the same client as row 1" },
      { row: 4, name: "A\uFFFDB", kind: "invalid", reason: "contains a NUL character" },
      { row: 5, name: null, kind: "invalid", reason: expect.stringMatching(/^the row: /) },
    ]);
  });

  it("opens the secrets only with the passphrase", async () => {
    const secrets = await seal(
      JSON.stringify({ "ZOHO:1000.APP0000000001": { secret: "s3cret-value", dcSecrets: { eu: "eu-secret" } } }),
      "a long passphrase",
    );
    const doc = file([client(1)], { secrets });
    expect(await planImport(doc, "")).toEqual({ refused: "needs-passphrase" });
    expect(await planImport(doc, "not it")).toEqual({ refused: "wrong-passphrase" });
    const plan = await planImport(doc, "a long passphrase");
    expect(plan).toMatchObject({ secrets: { "ZOHO:1000.APP0000000001": { secret: "s3cret-value", dcSecrets: { eu: "eu-secret" } } } });
  });
});
