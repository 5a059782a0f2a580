import "server-only";
import type { FormState } from "@/lib/forms/form-state";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { clientInWorkspace, recordClientEvent } from "./client-in-workspace";
import type { SetArchivedInput } from "./schemas";

// Archived clients stay readable (with their grants) but cannot authorize.
export async function setClientArchived(ctx: Ctx, input: SetArchivedInput): Promise<FormState> {
  allow(ctx, "clients:write");
  return db.$transaction(async (tx) => {
    const client = await clientInWorkspace(tx, ctx, input.clientId);
    await tx.oAuthClient.update({ where: { id: client.id }, data: { archivedAt: input.archived ? new Date() : null } });
    await recordClientEvent(tx, ctx, client, input.archived ? "client.archived" : "client.restored");
    return { ok: true, message: input.archived ? "Client archived: it can no longer authorize." : "Client restored." };
  });
}
