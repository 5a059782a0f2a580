import fs from "node:fs";
import path from "node:path";
import { openPglite } from "@/lib/open-pglite";
import { describe, expect, it } from "vitest";
import { OUTCOME_DESCRIPTIONS, OUTCOMES, isOutcome } from "./outcomes";

const MIGRATIONS = path.resolve(import.meta.dirname, "../../prisma/migrations");
const ENUM_MIGRATION = "20261130033802_callback_outcome_enum";

describe("callback outcomes", () => {
  it("are the database's enum, each explained", () => {
    expect(OUTCOMES).toContain("grant_created");
    expect(Object.keys(OUTCOME_DESCRIPTIONS).sort()).toEqual([...OUTCOMES].sort());
    expect(isOutcome("rejected")).toBe(true);
    expect(isOutcome("constructor")).toBe(false);
  });

  it("the migration to the enum keeps every stored outcome, and marks an unknown one internal_error", async () => {
    const db = openPglite();
    const dirs = fs
      .readdirSync(MIGRATIONS)
      .filter((d) => /^\d/.test(d))
      .sort();
    expect(dirs).toContain(ENUM_MIGRATION);
    for (const dir of dirs) {
      if (dir === ENUM_MIGRATION) {
        await db.exec(`
          INSERT INTO "CallbackEvent" ("id", "params", "outcome") VALUES ('a', '{}', 'grant_created'), ('b', '{}', 'hand-edited'), ('c', '{}', 'received');
          INSERT INTO "CallbackFailureWindow" ("key", "workspaceId", "outcome", "openedAt", "lastAt") VALUES ('k', 'w', 'no_org', now(), now());`);
      }
      await db.exec(fs.readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8"));
      if (dir === ENUM_MIGRATION) break;
    }
    const events = await db.query<{ id: string; outcome: string }>(`SELECT "id", "outcome"::text FROM "CallbackEvent" ORDER BY "id"`);
    expect(events.rows).toEqual([
      { id: "a", outcome: "grant_created" },
      { id: "b", outcome: "internal_error" },
      { id: "c", outcome: "received" },
    ]);
    expect((await db.query(`SELECT "outcome"::text FROM "CallbackFailureWindow"`)).rows).toEqual([{ outcome: "no_org" }]);
    const labels = await db.query<{ label: string }>(`SELECT unnest(enum_range(NULL::"CallbackOutcome"))::text AS label`);
    expect(labels.rows.map((r) => r.label)).toEqual(OUTCOMES);
    await db.close();
  }, 60_000);
});
