// The per-user tally against a real embedded database (PGlite with the project's migrations, so the triggers
// are the migration's): after every kind of change to grants, the ranking read from the tally equals one
// counted from the grants themselves (PERSONAL_GRANT), and folding the rows keeps it so.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import type { PrismaClient } from "../generated/prisma/client";
import { openMigratedPglite } from "../../test/migrated-pglite";
import { PERSONAL_GRANT } from "./personal-grant";
import { FOLD_USER_TALLY_AT, foldUserTallies, rankZohoUsers } from "./rank-zoho-users";

let prisma: PrismaClient;
let close: () => Promise<void>;
const ids = { workspace: "", other: "", client: "", otherClient: "", user: "" };

beforeAll(async () => {
  const opened = openMigratedPglite("user-tally");
  prisma = opened.db;
  close = opened.close;
  ids.user = (await prisma.user.create({ data: { email: "owner@users.test", name: "Owner", passwordHash: "x" } })).id;
  for (const key of ["workspace", "other"] as const) {
    const w = await prisma.workspace.create({ data: { slug: `users-${key}`, name: key } });
    ids[key] = w.id;
    const c = await prisma.oAuthClient.create({
      data: { workspaceId: w.id, name: key, zohoClientId: `1000.USERS${key.toUpperCase()}`, homeDc: "us", createdById: ids.user },
    });
    if (key === "workspace") ids.client = c.id;
    else ids.otherClient = c.id;
  }
}, 120_000);

afterAll(async () => close?.());

type Kind = { status?: "ACTIVE" | "REVOKED" | "INVALID"; orgWide?: boolean; workspaceId?: string };
const grant = (zohoUserId: string | null, { status = "ACTIVE", orgWide = false, workspaceId = ids.workspace }: Kind = {}) => ({
  workspaceId,
  clientId: workspaceId === ids.workspace ? ids.client : ids.otherClient,
  location: "us",
  accountsServer: "https://accounts.zoho.com",
  apiDomain: "https://www.zohoapis.com",
  scopes: ["ZohoCRM.modules.ALL"],
  status,
  orgWide,
  zohoUserId,
  createdById: ids.user,
});

/** What the ranking must say: the workspace's personal grants counted per user, most first. */
async function rankedFromGrants() {
  const personal = await prisma.grant.groupBy({
    by: ["zohoUserId"],
    where: { workspaceId: ids.workspace, ...PERSONAL_GRANT, zohoUserId: { not: null } },
    _count: true,
  });
  return personal
    .map((p) => ({ zohoUserId: p.zohoUserId!, total: p._count, users: personal.length }))
    .sort((a, b) => b.total - a.total || (a.zohoUserId < b.zohoUserId ? -1 : 1));
}
const rankedFromTally = (top = 100) => rankZohoUsers(prisma as unknown as Db, ids.workspace, top);
const rowsOf = (workspaceId: string) =>
  prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "GrantUserTally" WHERE "workspaceId" = ${workspaceId}`.then(
    (r) => r[0].n,
  );

describe("the per-user tally kept by the database", () => {
  it("counts each user's personal grants: active, not org-wide, in their own workspace", async () => {
    await prisma.grant.createMany({
      data: [
        ...Array.from({ length: 4 }, () => grant("zu-ann")),
        ...Array.from({ length: 2 }, () => grant("zu-bob")),
        grant("zu-cy"),
        grant("zu-cy", { orgWide: true }),
        grant("zu-bob", { status: "REVOKED" }),
        grant("zu-dee", { status: "INVALID" }),
        grant(null),
        grant("zu-ann", { workspaceId: ids.other }),
      ],
    });
    expect(await rankedFromTally()).toEqual([
      { zohoUserId: "zu-ann", total: 4, users: 3 },
      { zohoUserId: "zu-bob", total: 2, users: 3 },
      { zohoUserId: "zu-cy", total: 1, users: 3 },
    ]);
    expect(await rankedFromTally()).toEqual(await rankedFromGrants());
    // The top N only, and still how many users hold any.
    expect(await rankedFromTally(1)).toEqual([{ zohoUserId: "zu-ann", total: 4, users: 3 }]);
  });

  it("follows revocation, reactivation, org-wide, a change of user and deletion", async () => {
    const ann = await prisma.grant.findMany({ where: { workspaceId: ids.workspace, zohoUserId: "zu-ann" }, orderBy: { id: "asc" } });
    await prisma.grant.update({ where: { id: ann[0].id }, data: { status: "REVOKED" } });
    expect(await rankedFromTally()).toEqual(await rankedFromGrants());
    await prisma.grant.updateMany({ where: { workspaceId: ids.workspace, status: { not: "ACTIVE" } }, data: { status: "ACTIVE" } });
    expect(await rankedFromTally()).toEqual(await rankedFromGrants());
    await prisma.grant.update({ where: { id: ann[1].id }, data: { orgWide: true } });
    await prisma.grant.updateMany({ where: { workspaceId: ids.workspace, zohoUserId: "zu-cy", orgWide: true }, data: { orgWide: false } });
    expect(await rankedFromTally()).toEqual(await rankedFromGrants());
    await prisma.grant.update({ where: { id: ann[2].id }, data: { zohoUserId: "zu-eve" } });
    await prisma.grant.delete({ where: { id: ann[3].id } });
    expect(await rankedFromTally()).toEqual(await rankedFromGrants());
    expect((await rankedFromTally()).find((u) => u.zohoUserId === "zu-dee")).toEqual({ zohoUserId: "zu-dee", total: 1, users: 5 });
  });

  it("adds no row for changes that keep who counts (last use, a label, the same status)", async () => {
    const before = await rowsOf(ids.workspace);
    await prisma.grant.updateMany({ where: { workspaceId: ids.workspace }, data: { lastUsedAt: new Date(), label: "touched" } });
    await prisma.grant.updateMany({ where: { workspaceId: ids.workspace, status: "ACTIVE" }, data: { status: "ACTIVE" } });
    expect(await rowsOf(ids.workspace)).toBe(before);
  });

  it(`the upkeep folds a workspace's rows, ${FOLD_USER_TALLY_AT} past its users, into one per user, and the ranking stays`, async () => {
    const g = await prisma.grant.findFirstOrThrow({ where: { workspaceId: ids.workspace, zohoUserId: "zu-bob", status: "ACTIVE" } });
    for (let i = 0; i < FOLD_USER_TALLY_AT / 2 + 1; i++) {
      await prisma.grant.update({ where: { id: g.id }, data: { status: "REVOKED" } });
      await prisma.grant.update({ where: { id: g.id }, data: { status: "ACTIVE" } });
    }
    const expected = await rankedFromGrants();
    expect(await rowsOf(ids.workspace)).toBeGreaterThan(expected.length + FOLD_USER_TALLY_AT);
    expect(await rankedFromTally()).toEqual(expected);
    // Only the workspace past the threshold is folded; the other's single row is left as it is.
    expect(await foldUserTallies(prisma as unknown as Db)).toBe(1);
    expect(await rowsOf(ids.workspace)).toBe(expected.length);
    expect(await foldUserTallies(prisma as unknown as Db)).toBe(0);
    expect(await rankedFromTally()).toEqual(expected);
    expect(await rankZohoUsers(prisma as unknown as Db, ids.other, 10)).toEqual([{ zohoUserId: "zu-ann", total: 1, users: 1 }]);
  });
});
