import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { type Actor, auditDataCentreChange } from "./audit-data-centre-change";
import { dataCentres } from "./current-data-centres";
import { loadDataCentres } from "./load-data-centres";
import { LOCATION_PATTERN } from "./data-centre";
import { checkAccountsServer, checkApiDomain, defaultApiDomain } from "./zoho-domains";

// An admin adds a data centre Zoho opened before the console's seed or Zoho's serverinfo named it. The
// accounts server must be Zoho's (https://accounts.zoho.<domain>): anything else is refused with the
// reason, so a client secret still only ever goes to Zoho.
export const addDataCentreSchema = z.object({
  location: z.string().trim().toLowerCase().regex(LOCATION_PATTERN, "2–8 lower-case letters, as in Zoho's location parameter (e.g. ae)"),
  label: z.string().trim().min(1, "Name it (e.g. United Arab Emirates)").max(60, "At most 60 characters"),
  accountsServer: z.string().trim().max(200, "Too long").transform((value, ctx) => {
    const checked = checkAccountsServer(value);
    if (!checked.ok) ctx.addIssue({ code: "custom", message: checked.reason });
    return checked.ok ? checked.url : value;
  }),
  apiDomain: z.string().trim().max(200, "Too long").transform((value, ctx) => {
    if (!value) return "";
    const checked = checkApiDomain(value);
    if (!checked.ok) ctx.addIssue({ code: "custom", message: checked.reason });
    return checked.ok ? checked.url : value;
  }),
});

export type AddDataCentre = z.infer<typeof addDataCentreSchema>;
export type AddResult = { ok: true } | { ok: false; field: keyof AddDataCentre; reason: string };

export async function addDataCentre(input: AddDataCentre, actor: Actor): Promise<AddResult> {
  await loadDataCentres();
  if (dataCentres().some((dc) => dc.location === input.location)) return { ok: false, field: "location", reason: `${input.location} is already in the table` };
  const owner = dataCentres().find((dc) => dc.accountsServer === input.accountsServer);
  if (owner) return { ok: false, field: "accountsServer", reason: `Already the accounts server of ${owner.location}` };
  const row = { location: input.location, label: input.label, accountsServer: input.accountsServer, apiDomain: input.apiDomain || defaultApiDomain(input.accountsServer), enabled: true, source: "admin" };
  await db.$transaction(async (tx) => {
    await tx.dataCentre.create({ data: row });
    await auditDataCentreChange(tx, actor, "datacentre.added", row.location, { label: row.label, accountsServer: row.accountsServer, apiDomain: row.apiDomain });
  });
  await loadDataCentres();
  return { ok: true };
}
