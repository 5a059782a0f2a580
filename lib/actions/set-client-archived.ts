"use server";
import { withClient } from "./client-action";
import type { FormState } from "./form-state";

// Archived clients stay readable (with their grants) but cannot authorize.
export async function setClientArchived(slug: string, clientId: string, archived: boolean): Promise<FormState> {
  return withClient<FormState>(slug, clientId, "clients:write", async ({ tx, client }) => {
    await tx.oAuthClient.update({ where: { id: client.id }, data: { archivedAt: archived ? new Date() : null } });
    return { audit: { action: archived ? "client.archived" : "client.restored" }, result: { ok: true, message: archived ? "Client archived: it can no longer authorize." : "Client restored." } };
  });
}
