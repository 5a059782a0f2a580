import "server-only";
import { timingSafeEqual } from "node:crypto";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";

export type ClientCheck = { clientId: string } | { error: string; description?: string };

// client_id and client_secret as Zoho checks them: an unknown id is invalid_client, a wrong secret
// invalid_client_secret.
export async function authenticateClient(params: URLSearchParams): Promise<ClientCheck> {
  const clientId = params.get("client_id")?.trim();
  const secret = params.get("client_secret");
  if (!clientId) return { error: "invalid_request", description: "client_id is missing" };
  if (!secret) return { error: "invalid_request", description: "client_secret is missing" };
  const client = clientId.length <= 100 ? await db.sandboxClient.findUnique({ where: { clientId }, select: { secretHash: true } }) : null;
  if (!client) return { error: "invalid_client" };
  // Both sides are 64 hex characters, so the comparison takes the same time whatever was sent.
  if (!timingSafeEqual(Buffer.from(sha256Hex(secret)), Buffer.from(client.secretHash))) return { error: "invalid_client_secret" };
  return { clientId };
}
