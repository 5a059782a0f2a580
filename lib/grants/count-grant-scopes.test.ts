// The scope tally against a real embedded database (PGlite with the project's migrations, so the triggers
// are the migration's): after every kind of change to grants, the counts read from the tally equal a count
// of the grants themselves, and folding the rows keeps them so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { PrismaClient } from "../generated/prisma/client";
import { openMigratedPglite } from "../../test/migrated-pglite";
import { countGrantScopeLists, FOLD_TALLY_AT, foldScopeTallies } from "./count-grant-scopes";

let prisma: PrismaClient;
let close: () => Promise<void>;
const ids = { workspace: "", other: "", client: "", otherClient: "", user: "" };

beforeAll(async () => {
  const opened = openMigratedPglite("scope-tally");
  prisma = opened.db;
  close = opened.close;
  ids.user = (await prisma.user.create({ data: { email: "owner@tally.test", name: "Owner", passwordHash: "x" } })).id;
  for (const key of ["workspace", "other"] as const) {
    const w = await prisma.workspace.create({ data: { slug: `tally-${key}`, name: key } });
    ids[key] = w.id;
    const c = await prisma.oAuthClient.create({
      data: {
        workspaceId: w.id,
        name: key,
        zohoClientId: `1000.TALLY${key.toUpperCase()}`,
        homeDc: "us",
        createdById: ids.user,
        secretCipher: "x",
        secretLast4: "x",
      },
    });
    if (key === "workspace") ids.client = c.id;
    else ids.otherClient = c.id;
  }
}, 120_000);

afterAll(async () => close?.());

const grant = (scopes: string[], status: "ACTIVE" | "REVOKED" | "INVALID" = "ACTIVE", workspaceId = ids.workspace) => ({
  workspaceId,
  clientId: workspaceId === ids.workspace ? ids.client : ids.otherClient,
  location: "us",
  accountsServer: "https://accounts.zoho.com",
  apiDomain: "https://www.zohoapis.com",
  scopes,
  status,
  createdById: ids.user,
});

/** What the tally must say: the workspace's active grants counted by scope list. */
async function countedFromGrants() {
  const active = await prisma.grant.findMany({ where: { workspaceId: ids.workspace, status: "ACTIVE" }, select: { scopes: true } });
  const counts = new Map<string, number>();
  for (const g of active) counts.set(g.scopes.join(" "), (counts.get(g.scopes.join(" ")) ?? 0) + 1);
  return Object.fromEntries([...counts].sort());
}
async function countedFromTally() {
  const lists = await countGrantScopeLists(prisma as unknown as Db, ids.workspace);
  return Object.fromEntries(lists.map((l) => [l.scopes.join(" "), l.grants]).sort());
}
const tallyRows = () => prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "GrantScopeTally"`.then((r) => r[0].n);

describe("the scope tally kept by the database", () => {
  it("counts created grants by scope list, active ones only, in their own workspace", async () => {
    await prisma.grant.createMany({
      data: [
        ...Array.from({ length: 5 }, () => grant(["ZohoCRM.modules.ALL"])),
        ...Array.from({ length: 3 }, () => grant(["ZohoBooks.fullaccess.all", "AaaServer.profile.READ"])),
        grant(["ZohoCRM.modules.ALL"], "REVOKED"),
        grant(["ZohoDesk.tickets.ALL"], "INVALID"),
        grant(["ZohoCRM.modules.ALL"], "ACTIVE", ids.other),
      ],
    });
    expect(await countedFromTally()).toEqual({ "ZohoBooks.fullaccess.all AaaServer.profile.READ": 3, "ZohoCRM.modules.ALL": 5 });
    expect(await countedFromTally()).toEqual(await countedFromGrants());
  });

  it("follows revocation, reactivation, a change of scopes and deletion", async () => {
    const crm = await prisma.grant.findMany({
      where: { workspaceId: ids.workspace, scopes: { equals: ["ZohoCRM.modules.ALL"] } },
      orderBy: { id: "asc" },
    });
    await prisma.grant.update({ where: { id: crm[0].id }, data: { status: "REVOKED" } });
    expect(await countedFromTally()).toEqual(await countedFromGrants());
    await prisma.grant.updateMany({ where: { workspaceId: ids.workspace, status: "REVOKED" }, data: { status: "ACTIVE" } });
    expect(await countedFromTally()).toEqual(await countedFromGrants());
    await prisma.grant.update({ where: { id: crm[1].id }, data: { scopes: ["ZohoCRM.modules.ALL", "ZohoCRM.settings.ALL"] } });
    expect(await countedFromTally()).toEqual(await countedFromGrants());
    await prisma.grant.delete({ where: { id: crm[2].id } });
    await prisma.grant.updateMany({ where: { workspaceId: ids.workspace, status: "INVALID" }, data: { status: "ACTIVE" } });
    expect(await countedFromTally()).toEqual(await countedFromGrants());
    expect(await countedFromTally()).toMatchObject({ "ZohoDesk.tickets.ALL": 1, "ZohoCRM.modules.ALL ZohoCRM.settings.ALL": 1 });
  });

  it("adds no row for changes that keep status and scopes (last use, a refreshed token)", async () => {
    const before = await tallyRows();
    await prisma.grant.updateMany({ where: { workspaceId: ids.workspace }, data: { lastUsedAt: new Date(), label: "touched" } });
    await prisma.grant.updateMany({ where: { workspaceId: ids.workspace, status: "ACTIVE" }, data: { status: "ACTIVE" } });
    expect(await tallyRows()).toBe(before);
  });

  it(`the upkeep folds a workspace's rows past ${FOLD_TALLY_AT} into one per scope list, and the counts stay`, async () => {
    const g = await prisma.grant.findFirstOrThrow({ where: { workspaceId: ids.workspace, status: "ACTIVE" } });
    for (let i = 0; i < FOLD_TALLY_AT / 2; i++) {
      await prisma.grant.update({ where: { id: g.id }, data: { status: "REVOKED" } });
      await prisma.grant.update({ where: { id: g.id }, data: { status: "ACTIVE" } });
    }
    const expected = await countedFromGrants();
    const mine = () =>
      prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "GrantScopeTally" WHERE "workspaceId" = ${ids.workspace}`.then(
        (r) => r[0].n,
      );
    expect(await mine()).toBeGreaterThan(FOLD_TALLY_AT);
    expect(await countedFromTally()).toEqual(expected);
    // Only the workspace past the threshold is folded; the other's single row is left as it is.
    expect(await foldScopeTallies(prisma as unknown as Db)).toBe(1);
    expect(await mine()).toBe(Object.keys(expected).length);
    expect(await foldScopeTallies(prisma as unknown as Db)).toBe(0);
    expect(await countedFromTally()).toEqual(expected);
    // The other workspace's rows are its own.
    expect(await countGrantScopeLists(prisma as unknown as Db, ids.other)).toEqual([{ scopes: ["ZohoCRM.modules.ALL"], grants: 1 }]);
  });
});
