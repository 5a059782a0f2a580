import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { userEmails } from "@/lib/members/user-emails";
import { storedGrantSelection } from "@/lib/grants/grant-selection";
import { nameGrantSelection } from "@/lib/grants/name-grant-selection";
import { countRunItems } from "./finish-bulk-run";

export const RUN_ITEMS_SHOWN = 200;
const STATE_ORDER = ["FAILED", "PENDING", "DONE", "SKIPPED"] as const;

// The first 200 items, failed ones first: one indexed query per state (runId, state) until 200 are found.
async function firstItems(runId: string) {
  const items = [];
  for (const state of STATE_ORDER) {
    if (items.length >= RUN_ITEMS_SHOWN) break;
    items.push(
      ...(await db.bulkRunItem.findMany({
        where: { runId, state },
        orderBy: { id: "asc" },
        take: RUN_ITEMS_SHOWN - items.length,
        select: { id: true, grantId: true, state: true, attempts: true, message: true, updatedAt: true },
      })),
    );
  }
  return items;
}

/** A run for its page: counts, the filter in words, and its grants (failed first, then waiting, done, skipped; the first 200). Null: not this workspace's. */
export async function loadBulkRun(ctx: Ctx, runId: string) {
  allow(ctx, "grants:read");
  const run = await db.bulkRun.findFirst({
    where: { id: runId, workspaceId: ctx.workspace.id },
    select: {
      id: true,
      kind: true,
      filter: true,
      label: true,
      apiKeyId: true,
      createdById: true,
      createdAt: true,
      finishedAt: true,
      workerUntil: true,
      total: true,
    },
  });
  if (!run) return null;
  const filter = storedGrantSelection(JSON.parse(run.filter));
  const [counts, items, words, key, creators] = await Promise.all([
    countRunItems(db, run.id),
    firstItems(run.id),
    nameGrantSelection(ctx, filter),
    run.apiKeyId ? db.apiKey.findFirst({ where: { id: run.apiKeyId, workspaceId: ctx.workspace.id }, select: { name: true } }) : null,
    userEmails([run.createdById]),
  ]);
  const shown = items;
  const grants = await db.grant.findMany({
    where: { workspaceId: ctx.workspace.id, id: { in: shown.map((i) => i.grantId) } },
    select: { id: true, label: true, zohoUserEmail: true, refreshLast4: true, client: { select: { name: true } } },
  });
  const byId = new Map(grants.map((g) => [g.id, g]));
  return {
    ...run,
    words,
    keyName: key?.name ?? null,
    createdBy: creators.get(run.createdById) ?? "a former member",
    counts,
    running: !run.finishedAt && !!run.workerUntil && run.workerUntil > new Date(),
    items: shown.map((i) => ({ ...i, grant: byId.get(i.grantId) ?? null })),
  };
}
export type LoadedBulkRun = NonNullable<Awaited<ReturnType<typeof loadBulkRun>>>;

/** The workspace's latest bulk runs, newest first (so a run whose page was closed is found again). */
export async function listBulkRuns(ctx: Ctx, take = 10) {
  allow(ctx, "grants:read");
  return db.bulkRun.findMany({
    where: { workspaceId: ctx.workspace.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, kind: true, total: true, createdAt: true, finishedAt: true, label: true },
  });
}
