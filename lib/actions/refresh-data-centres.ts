"use server";
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/require-member";
import { refreshDataCentres as refresh } from "@/lib/data-centres/refresh-data-centres";
import { requestMeta } from "@/lib/request-meta";
import type { ServerInfoSource } from "@/lib/zoho/fetch-server-info";
import type { FormState } from "./form-state";

export async function refreshDataCentres(slug: string, source: ServerInfoSource): Promise<FormState> {
  const { user } = await requireMember(slug, "datacentres:manage");
  const report = await refresh(source, { userId: user.id, ...(await requestMeta()) });
  if (!report.ok) return { ok: false, message: report.reason };
  revalidatePath("/w", "layout");
  const { add, update, skipped } = report.merge;
  const parts = [
    add.length ? `added ${add.map((dc) => dc.location).join(", ")}` : "",
    update.length ? `updated ${update.map((dc) => dc.location).join(", ")}` : "",
    skipped.length ? `skipped ${skipped.map((s) => `${s.location} (${s.reason})`).join("; ")}` : "",
  ].filter(Boolean);
  return { ok: true, message: parts.length ? `Serverinfo read: ${parts.join("; ")}.` : "Serverinfo read: the table already has every data centre it lists." };
}
