import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { randomToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";

// The per-client callback path's key, made on first need (clients registered before it existed). A
// read for whoever may see the client: the key is part of a URL the page shows, not a secret.
export async function ensureCallbackKey(ctx: Ctx, input: { clientId: string; current: string | null }): Promise<string> {
  allow(ctx, "clients:read");
  if (input.current) return input.current;
  const where = { id: input.clientId, workspaceId: ctx.workspace.id };
  await db.oAuthClient.updateMany({ where: { ...where, callbackKey: null }, data: { callbackKey: randomToken(12) } });
  const row = await db.oAuthClient.findFirstOrThrow({ where, select: { callbackKey: true } });
  return row.callbackKey!;
}
