import "server-only";
import { timingSafeEqual } from "node:crypto";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";

// client_id and client_secret as Zoho checks them: an unknown id is invalid_client, a wrong secret
// invalid_client_secret.
export async function authenticateClient(params: URLSearchParams): Promise<{ clientId: string } | { error: string }> {
  const clientId = params.get("client_id");
  const secret = params.get("client_secret");
  const client = clientId ? await db.sandboxClient.findUnique({ where: { clientId }, select: { secretHash: true } }) : null;
  if (!clientId || !client) return { error: "invalid_client" };
  const given = Buffer.from(sha256Hex(secret ?? ""));
  if (!secret || !timingSafeEqual(given, Buffer.from(client.secretHash))) return { error: "invalid_client_secret" };
  return { clientId };
}
