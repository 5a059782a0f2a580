"use server";
import { withClient } from "./client-action";

// Archived clients stay readable (with their grants) but cannot authorize.
export async function setClientArchived(slug: string, clientId: string, archived: boolean) {
  await withClient(slug, clientId, "clients:write", async ({ tx, client }) => {
    await tx.oAuthClient.update({ where: { id: client.id }, data: { archivedAt: archived ? new Date() : null } });
    return { audit: { action: archived ? "client.archived" : "client.restored" }, result: null };
  });
}
