import "server-only";
import { randomToken } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";

// The per-client callback path's key, made on first need (clients registered before it existed).
export async function ensureCallbackKey(clientId: string, current: string | null): Promise<string> {
  if (current) return current;
  const key = randomToken(12);
  await db.oAuthClient.updateMany({ where: { id: clientId, callbackKey: null }, data: { callbackKey: key } });
  const row = await db.oAuthClient.findUniqueOrThrow({ where: { id: clientId }, select: { callbackKey: true } });
  return row.callbackKey!;
}
