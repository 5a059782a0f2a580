import { afterAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { openPglite } from "@/lib/open-pglite";
import { csvCell } from "./csv-cell";
import { csvCellSql, isoTimeSql } from "./csv-cell-sql";

// The grant export renders its rows in the database (lib/grants/export-grants.ts) with csvCellSql and
// isoTimeSql: they must write exactly what csvCell and Date.toISOString write.
const db = openPglite();
afterAll(() => db.close());

const run = async (expression: Prisma.Sql) => {
  const sql = Prisma.sql`SELECT ${expression} AS out`;
  return (await db.query<{ out: string | null }>(sql.text, sql.values)).rows[0].out;
};

const CELLS = [
  "",
  "plain",
  "with,comma",
  'with "quotes"',
  "line\nbreak",
  "carriage\rreturn",
  '=HYPERLINK("http://evil","x")',
  "+1+2",
  "-10",
  "@SUM(A1)",
  "\tTAB",
  "\rCR first",
  "='quoted',\"both\"\n",
  "inner = + - @ are fine",
  "ünïcödé · ✓",
  "back\\slash",
  "'already quoted",
  "|pipe and ^caret",
];

describe("the export's cells, rendered by the database", () => {
  it.each(CELLS.map((c) => [JSON.stringify(c), c]))("csvCellSql(%s) is csvCell", async (_, cell) => {
    expect(await run(csvCellSql(Prisma.sql`${cell}::text`))).toBe(csvCell(cell));
  });

  it("NULL is an empty cell", async () => {
    expect(await run(csvCellSql(Prisma.sql`NULL::text`))).toBe("");
  });

  it("isoTimeSql is Date.toISOString for a stored UTC timestamp", async () => {
    for (const d of [
      new Date(Date.UTC(2026, 10, 30, 15, 6, 4, 699)),
      new Date(Date.UTC(2025, 0, 1, 0, 0, 0, 5)),
      new Date(Date.UTC(2026, 1, 28, 23, 59, 59, 999)),
    ]) {
      expect(await run(isoTimeSql(Prisma.sql`${d.toISOString().replace("Z", "")}::timestamp`))).toBe(d.toISOString());
    }
    expect(await run(isoTimeSql(Prisma.sql`NULL::timestamp`))).toBeNull();
  });
});
