import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

// One callback of this workspace in full, for its page: the event, the authorization it matched and its
// client (ids are looked up inside this workspace too), or null.
export async function getCallback(ctx: Ctx, { id }: { id: string }) {
  allow(ctx, "callbacks:read");
  // Ids are cuids: anything else (a NUL, a megabyte) is simply not found, without a query.
  if (!/^\w{1,64}$/.test(id)) return null;
  const event = await db.callbackEvent.findFirst({ where: { id, workspaceId: ctx.workspace.id } });
  if (!event) return null;
  const [request, client] = await Promise.all([
    event.authRequestId
      ? db.authRequest.findFirst({
          where: { id: event.authRequestId, workspaceId: ctx.workspace.id },
          select: {
            dc: true,
            redirectUri: true,
            scopes: true,
            accessType: true,
            prompt: true,
            orgWide: true,
            createdAt: true,
            userId: true,
            pkceVerifierCipher: true,
          },
        })
      : null,
    event.clientId
      ? db.oAuthClient.findFirst({
          where: { id: event.clientId, workspaceId: ctx.workspace.id },
          select: { id: true, name: true, zohoClientId: true },
        })
      : null,
  ]);
  // Whether PKCE was used, never the verifier (even sealed) on a page.
  const matched = request && (({ pkceVerifierCipher, ...rest }) => ({ ...rest, pkce: pkceVerifierCipher !== null }))(request);
  return { event, request: matched, client };
}
