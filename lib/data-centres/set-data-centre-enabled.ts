import "server-only";
import { db } from "@/lib/db";
import { auditDataCentreChange } from "./audit-data-centre-change";
import { allowConsole, type ConsoleCtx } from "./console-context";
import { enabledDataCentres, findDataCentre } from "./current-data-centres";
import { loadDataCentres } from "./load-data-centres";

// A disabled data centre is no longer offered for new clients and authorizations; clients and grants
// already there keep working (their accounts server stays allowed), so disabling never strands a token.
export async function setDataCentreEnabled(
  ctx: ConsoleCtx,
  { location, enabled }: { location: string; enabled: boolean },
): Promise<{ ok: boolean; message: string }> {
  allowConsole(ctx, "datacentres:manage");
  await loadDataCentres();
  const dc = findDataCentre(location);
  if (!dc) return { ok: false, message: "No such data centre." };
  if (dc.enabled === enabled) return { ok: true, message: `${dc.label} is already ${enabled ? "enabled" : "disabled"}.` };
  if (!enabled && enabledDataCentres().length === 1) return { ok: false, message: "At least one data centre must stay enabled." };
  await db.$transaction(async (tx) => {
    await tx.dataCentre.update({ where: { location }, data: { enabled } });
    await auditDataCentreChange(tx, ctx, enabled ? "datacentre.enabled" : "datacentre.disabled", location, { label: dc.label });
  });
  await loadDataCentres();
  return { ok: true, message: `${dc.label} ${enabled ? "enabled" : "disabled"}.` };
}
