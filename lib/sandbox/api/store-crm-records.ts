import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import type { Lead } from "./seeded-leads";

// Leads created through POST crm/v{n}/Leads, kept per sandbox user (the token's user, or a Self Client's
// organization) and data centre. A flood cannot grow the table: past MAX_STORED per user and location the
// oldest are deleted to make room (Zoho has storage limits of its own per edition; the sandbox keeps few).
export const MAX_STORED = 200;
const MODULE = "Leads";
type Owner = { userId: string; location: string };

export async function storedLeads({ userId, location }: Owner): Promise<Lead[]> {
  const rows = await db.sandboxCrmRecord.findMany({
    where: { userId, location, module: MODULE },
    select: { data: true },
    take: MAX_STORED,
  });
  return rows.map((r) => r.data as Lead);
}

/** Stores new Leads (ids already set, at most 100 at a time), evicting the owner's oldest past the cap. */
export async function storeLeads({ userId, location }: Owner, leads: Lead[]): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.sandboxCrmRecord.createMany({
      data: leads.map((lead) => ({ userId, location, module: MODULE, recordId: lead.id, data: lead as Prisma.InputJsonObject })),
    });
    const old = await tx.sandboxCrmRecord.findMany({
      where: { userId, location },
      orderBy: [{ createdAt: "desc" }, { recordId: "desc" }],
      skip: MAX_STORED,
      select: { recordId: true },
    });
    if (old.length) await tx.sandboxCrmRecord.deleteMany({ where: { userId, location, recordId: { in: old.map((r) => r.recordId) } } });
  });
}
