"use server";
// The bulk actions' form actions (lib/auth/workspace-action.ts checks the member and permission and parses
// the form first). A revoke run is worked through in the server after the answer is sent (next/server's
// after()), so closing the browser does not stop it; the run page shows its progress.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { after } from "next/server";
import type { Ctx } from "@/lib/auth/context";
import { workspaceAction } from "@/lib/auth/workspace-action";
import type { FormState } from "@/lib/forms/form-state";
import { bulkAddToKey } from "./bulk-add-to-key";
import { bulkRelabel } from "./bulk-relabel";
import { processBulkRun } from "./process-bulk-run";
import { resumeBulkRun } from "./resume-bulk-run";
import { bulkAddToKeySchema, bulkRelabelSchema, bulkRevokeSchema, bulkRunRefSchema } from "./schemas";
import { startBulkRevoke, type StartedRun } from "./start-bulk-revoke";
import { errorFields, log } from "@/lib/log/logger";

function workInBackground(ctx: Ctx, runId: string, lease?: Date) {
  after(() => processBulkRun(ctx, runId, lease).catch((error) => log.error({ runId, ...errorFields(error) }, "bulk revoke run stopped")));
}

// To the run's page (outside the try/catch of the wrapper: redirect throws).
function toRun(ctx: Ctx, state: StartedRun): FormState {
  revalidatePath(`/w/${ctx.workspace.slug}/grants`, "layout");
  if (state.ok && state.runId) redirect(`/w/${ctx.workspace.slug}/grants/bulk/${state.runId}`);
  return state;
}

export const startBulkRevokeAction = workspaceAction("grants:revoke", bulkRevokeSchema, async (ctx, input) => {
  const state = await startBulkRevoke(ctx, input);
  if (state.ok && state.runId) workInBackground(ctx, state.runId, state.lease);
  return toRun(ctx, { ...state, lease: undefined });
});

export const bulkRelabelAction = workspaceAction("grants:label", bulkRelabelSchema, async (ctx, input) =>
  toRun(ctx, await bulkRelabel(ctx, input)),
);

export const bulkAddToKeyAction = workspaceAction("apikeys:manage", bulkAddToKeySchema, async (ctx, input) =>
  toRun(ctx, await bulkAddToKey(ctx, input)),
);

const resume = (mode: "resume" | "retry") =>
  workspaceAction(
    "grants:revoke",
    bulkRunRefSchema,
    async (ctx, input) => {
      const { resume: go, ...state } = await resumeBulkRun(ctx, input, mode);
      if (go) workInBackground(ctx, input.runId);
      revalidatePath(`/w/${ctx.workspace.slug}/grants`, "layout");
      return state;
    },
    { bound: ["runId"] },
  );

export const resumeBulkRunAction = resume("resume");
export const retryFailedBulkRunAction = resume("retry");
