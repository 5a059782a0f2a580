"use server";
// The data-centre table's form actions (Settings → Data centres): thin adapters from a form to a
// service. The member's permission is checked in the workspace they act from (workspaceAction); the
// table itself is the whole console's.
import { revalidatePath } from "next/cache";
import { workspaceAction } from "@/lib/auth/workspace-action";
import { addDataCentre } from "./add-data-centre";
import { refreshDataCentres } from "./refresh-data-centres";
import { addDataCentreSchema, refreshDataCentresSchema, setDataCentreEnabledSchema } from "./schemas";
import { setDataCentreEnabled } from "./set-data-centre-enabled";

export const addDataCentreAction = workspaceAction("datacentres:manage", addDataCentreSchema, async (ctx, input) => {
  const result = await addDataCentre(ctx, input);
  if (!result.ok) return { message: "Please correct the highlighted fields.", fieldErrors: { [result.field]: [result.reason] } };
  revalidatePath("/w", "layout");
  return { ok: true, message: `Added ${input.label} (${input.location}).` };
});

export const refreshDataCentresAction = workspaceAction(
  "datacentres:manage",
  refreshDataCentresSchema,
  async (ctx, input) => {
    const report = await refreshDataCentres(ctx, input);
    if (!report.ok) return { ok: false, message: report.reason };
    revalidatePath("/w", "layout");
    const { add, update, skipped } = report.merge;
    const parts = [
      add.length ? `added ${add.map((dc) => dc.location).join(", ")}` : "",
      update.length ? `updated ${update.map((dc) => dc.location).join(", ")}` : "",
      skipped.length ? `skipped ${skipped.map((s) => `${s.location} (${s.reason})`).join("; ")}` : "",
    ].filter(Boolean);
    return {
      ok: true,
      message: parts.length
        ? `Serverinfo read: ${parts.join("; ")}.`
        : "Serverinfo read: the table already has every data centre it lists.",
    };
  },
  { bound: ["source"] },
);

export const setDataCentreEnabledAction = workspaceAction(
  "datacentres:manage",
  setDataCentreEnabledSchema,
  async (ctx, input) => {
    const result = await setDataCentreEnabled(ctx, input);
    if (result.ok) revalidatePath("/w", "layout");
    return result;
  },
  { bound: ["location", "enabled"] },
);
