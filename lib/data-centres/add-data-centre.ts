import "server-only";
import { db } from "@/lib/db";
import { auditDataCentreChange } from "./audit-data-centre-change";
import { allowConsole, type ConsoleCtx } from "./console-context";
import { dataCentres } from "./current-data-centres";
import { loadDataCentres } from "./load-data-centres";
import type { AddDataCentre } from "./schemas";
import { defaultApiDomain } from "./zoho-domains";

// An admin adds a data centre Zoho opened before the console's seed or Zoho's serverinfo named it. The
// accounts server must be Zoho's (https://accounts.zoho.<domain>): anything else is refused with the
// reason (lib/data-centres/schemas.ts), so a client secret still only ever goes to Zoho.
export type AddResult = { ok: true } | { ok: false; field: keyof AddDataCentre; reason: string };

/** Adds a data centre to the console-wide table: refused when its location or accounts server is taken. */
export async function addDataCentre(ctx: ConsoleCtx, input: AddDataCentre): Promise<AddResult> {
  allowConsole(ctx, "datacentres:manage");
  await loadDataCentres();
  if (dataCentres().some((dc) => dc.location === input.location))
    return { ok: false, field: "location", reason: `${input.location} is already in the table` };
  const owner = dataCentres().find((dc) => dc.accountsServer === input.accountsServer);
  if (owner) return { ok: false, field: "accountsServer", reason: `Already the accounts server of ${owner.location}` };
  const row = {
    location: input.location,
    label: input.label,
    accountsServer: input.accountsServer,
    apiDomain: input.apiDomain || defaultApiDomain(input.accountsServer),
    enabled: true,
    source: "admin",
  };
  await db.$transaction(async (tx) => {
    await tx.dataCentre.create({ data: row });
    await auditDataCentreChange(tx, ctx, "datacentre.added", row.location, {
      label: row.label,
      accountsServer: row.accountsServer,
      apiDomain: row.apiDomain,
    });
  });
  await loadDataCentres();
  return { ok: true };
}
