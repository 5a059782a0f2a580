import "server-only";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";

export type ApiToken = { userId: string; location: string; scopes: string[]; clientId: string };

// `Authorization: Zoho-oauthtoken <access token>`, as Zoho's APIs take it. "missing": no header at all;
// "invalid": unknown, expired, evicted (one more than Zoho keeps per refresh token deletes the oldest,
// lib/sandbox/issue-tokens.ts), revoked, or issued in another data centre than this API domain's. Each
// product answers these in its own shape (product-errors.ts).
export async function readApiToken(request: Request, location: string): Promise<ApiToken | "missing" | "invalid"> {
  const header = request.headers.get("authorization")?.trim() ?? "";
  if (!header) return "missing";
  const token = /^Zoho-oauthtoken\s+(\S{1,1100})$/i.exec(header)?.[1];
  const row = token
    ? await db.sandboxAccessToken.findUnique({
        where: { tokenHash: sha256Hex(token) },
        select: { userId: true, location: true, scopes: true, expiresAt: true, clientId: true },
      })
    : null;
  if (!row || row.expiresAt.getTime() <= Date.now() || row.location !== location) return "invalid";
  return { userId: row.userId, location: row.location, scopes: row.scopes, clientId: row.clientId };
}
