"use server";
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/require-member";
import { setDataCentreEnabled as setEnabled } from "@/lib/data-centres/set-data-centre-enabled";
import { requestMeta } from "@/lib/request-meta";
import type { FormState } from "./form-state";

export async function setDataCentreEnabled(slug: string, location: string, enabled: boolean): Promise<FormState> {
  const { user } = await requireMember(slug, "datacentres:manage");
  const result = await setEnabled(String(location).slice(0, 20), enabled === true, { userId: user.id, ...(await requestMeta()) });
  if (result.ok) revalidatePath("/w", "layout");
  return result;
}
