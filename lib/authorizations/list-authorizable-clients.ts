import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { CLIENT_SUMMARY } from "@/lib/clients/client-summary-select";

// The builder's clients: those that receive a redirect, and Non-browser clients (the device flow); a
// Self Client has neither. Active ones only, by name. The callback key names the client's own callback
// path, which the builder's pre-flight checks recognise.
export async function listAuthorizableClients(ctx: Ctx, _input: Record<string, never> = {}) {
  allow(ctx, "authorize");
  return db.oAuthClient.findMany({
    where: { workspaceId: ctx.workspace.id, archivedAt: null, type: { in: ["SERVER", "CLIENT", "MOBILE", "NON_BROWSER"] } },
    orderBy: { name: "asc" },
    select: {
      ...CLIENT_SUMMARY,
      defaultScopes: true,
      callbackKey: true,
      redirectUris: { select: { uri: true } },
    },
  });
}
