"use server";
// The request runner's form action: a thin adapter (lib/auth/workspace-action.ts checks the member,
// the permission and the form first). The grant id is bound to the form.
import { revalidatePath } from "next/cache";
import { workspaceAction } from "@/lib/auth/workspace-action";
import { sendApiCallSchema } from "./schemas";
import { sendApiCall } from "./send-api-call";
import { headerText, queryText } from "./templates";

export const sendApiCallAction = workspaceAction(
  "grants:call",
  sendApiCallSchema,
  async (ctx, input) => {
    const state = await sendApiCall(ctx, input);
    revalidatePath(`/w/${ctx.workspace.slug}/grants/${input.grantId}`, "layout");
    // The request as sent stays in the form (also without JavaScript): the next send changes one thing.
    const { method, base, path, body, templateId } = input;
    return {
      ...state,
      values: { method, base, path, body, templateId, query: queryText(input.query), headers: headerText(input.headers) },
    };
  },
  { bound: ["grantId"] },
);
