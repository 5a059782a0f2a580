import "server-only";
import { sandboxOrigins, internalOrigin } from "@/lib/config/app-origin";
import { db } from "@/lib/db";
import { fetchServerInfo, type ServerInfoSource } from "@/lib/zoho/fetch-server-info";
import { auditDataCentreChange } from "./audit-data-centre-change";
import { allowConsole, type ConsoleCtx } from "./console-context";
import { loadDataCentres } from "./load-data-centres";
import { sandboxAccountsServer } from "./data-centre";
import { type MergeResult, mergeServerInfo } from "./merge-server-info";

export type RefreshReport = { ok: true; merge: MergeResult } | { ok: false; reason: string };

/** Reads Zoho's (or the sandbox's) serverinfo and adds what the table lacks; audited when anything changed. */
export async function refreshDataCentres(ctx: ConsoleCtx, { source }: { source: ServerInfoSource }): Promise<RefreshReport> {
  allowConsole(ctx, "datacentres:manage");
  const info = await fetchServerInfo(source);
  if (!info.ok) return info;
  const current = await loadDataCentres();
  const origins = [...sandboxOrigins(), internalOrigin()];
  const sandboxUrl =
    source === "sandbox"
      ? (location: string, url: string) => origins.some((o) => sandboxAccountsServer(o, location) === url.replace(/\/+$/, ""))
      : null;
  const merge = mergeServerInfo(current, info.locations, sandboxUrl);
  if (merge.add.length > 0 || merge.update.length > 0) {
    await db.$transaction(async (tx) => {
      await tx.dataCentre.createMany({ data: merge.add, skipDuplicates: true });
      for (const { location, ...change } of merge.update) await tx.dataCentre.update({ where: { location }, data: change });
      await auditDataCentreChange(tx, ctx, "datacentres.refreshed", null, {
        source,
        added: merge.add.map((dc) => `${dc.location} ${dc.accountsServer ?? "(sandbox only)"}`),
        updated: merge.update.map((dc) => `${dc.location} ${dc.accountsServer}`),
        skipped: merge.skipped.map((s) => `${s.location}: ${s.reason}`),
      });
    });
    await loadDataCentres();
  }
  return { ok: true, merge };
}
