"use server";
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/require-member";
import { addDataCentre as add, addDataCentreSchema } from "@/lib/data-centres/add-data-centre";
import { requestMeta } from "@/lib/request-meta";
import { formObject, invalid, type FormState } from "./form-state";

export async function addDataCentre(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { user } = await requireMember(slug, "datacentres:manage");
  const input = formObject(formData);
  const parsed = addDataCentreSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const result = await add(parsed.data, { userId: user.id, ...(await requestMeta()) });
  if (!result.ok) return { message: "Please correct the highlighted fields.", fieldErrors: { [result.field]: [result.reason] }, values: input };
  revalidatePath("/w", "layout");
  return { ok: true, message: `Added ${parsed.data.label} (${parsed.data.location}).` };
}
