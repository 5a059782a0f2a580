// Capped counts without their ORDER BY, against a real embedded database (PGlite, the project's migrations):
// the SQL Prisma really sends, the same counts as Prisma's own, and every other query left as it was.
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient, type Prisma } from "./generated/prisma/client";
import { openMigratedPglite } from "../test/migrated-pglite";
import { dropCountOrder, mapQueries, withUnorderedCounts } from "./drop-count-order";

let close: () => Promise<void>;
const sent: string[] = [];
let plain: PrismaClient;
let unordered: PrismaClient;

beforeAll(async () => {
  const opened = openMigratedPglite("count-order");
  close = opened.close;
  plain = opened.db;
  // What reaches the database: recorded past the rewrite (Prisma's own query log shows the SQL before it).
  const recorded = mapQueries(new PrismaPGlite(opened.pglite), (sql) => (sent.push(sql), sql));
  unordered = new PrismaClient({ adapter: withUnorderedCounts(recorded) });
  await plain.workspace.createMany({ data: Array.from({ length: 30 }, (_, i) => ({ slug: `ws-${i}`, name: i % 3 ? "Acme" : "Other" })) });
}, 120_000);

afterAll(async () => {
  await unordered?.$disconnect();
  await close?.();
});

const last = () => sent[sent.length - 1];

describe("capped counts without their order (prisma/orm#21032)", () => {
  it("sends Prisma's capped count without ORDER BY, and counts the same, with take, skip and a cursor", async () => {
    const cursor = await plain.workspace.findFirstOrThrow({ where: { slug: "ws-5" } });
    const cases: Prisma.WorkspaceCountArgs[] = [
      { where: { name: "Acme" }, take: 7 },
      { where: { name: "Acme" }, take: 50 },
      { where: { name: "Acme" }, take: 7, skip: 15 },
      { where: { name: "Other" }, take: 100, orderBy: { slug: "desc" } },
      { take: 4, cursor: { id: cursor.id } },
    ];
    for (const args of cases) {
      const expected = await plain.workspace.count(args);
      expect(await unordered.workspace.count(args)).toBe(expected);
      expect(last()).toMatch(/^SELECT COUNT\(\*\) AS "_count\$_all" FROM \(SELECT /);
      expect(last()).not.toContain("ORDER BY");
    }
    expect(await unordered.workspace.count({ where: { name: "Acme" }, take: 50 })).toBe(20);
  });

  it("leaves every other query as Prisma wrote it, in a transaction too", async () => {
    const page = await unordered.$transaction((tx) =>
      tx.workspace.findMany({ where: { name: "Acme" }, orderBy: { slug: "asc" }, take: 3 }),
    );
    expect(page.map((w) => w.slug)).toEqual(["ws-1", "ws-10", "ws-11"]);
    expect(sent.some((q) => /FROM "public"."Workspace" WHERE .* ORDER BY "public"."Workspace"."slug" ASC LIMIT/.test(q))).toBe(true);
    expect(await unordered.workspace.count({ where: { name: "Acme" } })).toBe(20);
    const exact = 'SELECT COUNT(*) AS "_count$_all" FROM (SELECT 1 FROM t) AS "sub"';
    expect(dropCountOrder(exact)).toBe(exact);
    const raw = 'SELECT COUNT(*) AS "_count$_all" FROM (SELECT "id" FROM t ORDER BY lower("name") ASC LIMIT $1 OFFSET $2) AS "sub"';
    expect(dropCountOrder(raw)).toBe(raw);
  });
});
