import "server-only";
import { z } from "zod";
import { LOCATION_PATTERN } from "@/lib/data-centres/data-centre";
import { db } from "@/lib/db";

// The sandbox's Zoho opens a new data centre: from then on the sandbox serves an accounts server for
// it and its serverinfo lists it, as Zoho's serverinfo lists a DC Zoho has opened. At most 20, so a
// test cannot grow the sandbox's serverinfo without bound.
export const launchSchema = z.strictObject({
  location: z.string().regex(LOCATION_PATTERN, "2–8 lower-case letters"),
  label: z.string().trim().min(1).max(60),
});
const MAX_LAUNCHED = 20;

export async function launchSandboxDataCentre(input: z.infer<typeof launchSchema>): Promise<{ ok: true } | { ok: false; reason: string }> {
  if ((await db.sandboxDataCentre.count()) >= MAX_LAUNCHED)
    return { ok: false, reason: `The sandbox has launched ${MAX_LAUNCHED} data centres already; remove one first.` };
  await db.sandboxDataCentre.upsert({ where: { location: input.location }, create: input, update: { label: input.label } });
  return { ok: true };
}

export async function closeSandboxDataCentre(location: string) {
  await db.sandboxDataCentre.deleteMany({ where: { location } });
}
