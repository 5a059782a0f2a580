"use server";
// The audit trail's form actions: thin adapters from a form to a service (lib/auth/workspace-action.ts
// checks the member and permission and parses the form first).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { workspaceAction } from "@/lib/auth/workspace-action";
import { retentionSchema } from "./schemas";
import { updateAuditRetention } from "./update-audit-retention";
import { verifyAuditChain } from "./verify-audit-chain";

export const verifyAuditChainAction = workspaceAction("audit:read", z.object({}), (ctx) => verifyAuditChain(ctx));

export const updateAuditRetentionAction = workspaceAction("workspace:manage", retentionSchema, async (ctx, input) => {
  const state = await updateAuditRetention(ctx, input);
  revalidatePath(`/w/${ctx.workspace.slug}`, "layout");
  return state;
});
