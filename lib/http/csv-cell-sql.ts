import { Prisma } from "@/lib/generated/prisma/client";

// csvCell (./csv-cell.ts) for exports the database renders itself (lib/grants/export-grants.ts): a leading
// = + - @ (or tab, CR) is defused with a quote mark, and a cell with a quote, a comma or a line break is
// quoted. Plain CASE expressions, not a SQL function: PGlite ran a function call per cell 5× slower.
// (The tab, CR and LF below are the characters themselves inside the SQL literals.)
const DEFUSE = "^[=+@\t\r-]";
const QUOTE = '[",\n\r]';

/** One CSV cell of a text expression; NULL is an empty cell. Most cells take the first two branches. */
export const csvCellSql = (x: Prisma.Sql) => Prisma.sql`CASE
  WHEN ${x} IS NULL THEN ''
  WHEN ${x} !~ ${Prisma.raw(`'${DEFUSE}|${QUOTE}'`)} THEN ${x}
  WHEN ${x} ~ ${Prisma.raw(`'${QUOTE}'`)} THEN '"' || replace(CASE WHEN ${x} ~ ${Prisma.raw(`'${DEFUSE}'`)} THEN '''' || ${x} ELSE ${x} END, '"', '""') || '"'
  ELSE '''' || ${x} END`;

/** A timestamp (stored in UTC) as Date.toISOString() writes it, or NULL. */
export const isoTimeSql = (x: Prisma.Sql) => Prisma.sql`to_char(${x}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
