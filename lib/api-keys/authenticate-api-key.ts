import "server-only";
import { timingSafeEqual } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Ctx } from "@/lib/auth/context";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { metaFrom } from "@/lib/request-meta";
import { parseApiKey } from "./key-format";

const TOUCH_EVERY_MS = 60_000;
const HOUR_MS = 3_600_000;

/**
 * `Authorization: Bearer zoc_…` → the token API's context: the key as the actor (with its grant list),
 * its workspace, the request's meta — or null (unknown, revoked, expired). One query, the workspace
 * joined. Last use is recorded at most once a minute per key, to keep bursts cheap.
 */
export async function authenticateApiKey(headers: Headers): Promise<Ctx | null> {
  const key = /^Bearer\s+(\S+)$/i.exec(headers.get("authorization") ?? "")?.[1];
  const parsed = key ? parseApiKey(key) : null;
  if (!key || !parsed) return null;
  const row = await db.apiKey.findUnique({
    where: { prefix: parsed.prefix },
    select: {
      id: true,
      hash: true,
      grantIds: true,
      expiresAt: true,
      revokedAt: true,
      lastUsedAt: true,
      workspace: { select: { id: true, slug: true, name: true } },
    },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= Date.now())) return null;
  if (!timingSafeEqual(Buffer.from(sha256Hex(key)), Buffer.from(row.hash))) return null;
  const meta = metaFrom(headers);
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS)
    await touchKey({ id: row.id, workspaceId: row.workspace.id, lastUsedAt: row.lastUsedAt }, meta);
  return { actor: { kind: "apiKey", keyId: row.id, grantIds: row.grantIds }, workspace: row.workspace, meta };
}

// The audit trail gets one "apikey.used" event per key per clock hour (its first use in that hour),
// not one per request: a busy key would drown everything else. The conditional update makes exactly
// one of several concurrent requests (on any instance) the one that writes it.
async function touchKey(row: { id: string; workspaceId: string; lastUsedAt: Date | null }, meta: Ctx["meta"]) {
  const now = new Date();
  const newHour = !row.lastUsedAt || Math.floor(row.lastUsedAt.getTime() / HOUR_MS) !== Math.floor(now.getTime() / HOUR_MS);
  await db.$transaction(async (tx) => {
    const { count } = await tx.apiKey.updateMany({ where: { id: row.id, lastUsedAt: row.lastUsedAt }, data: { lastUsedAt: now } });
    if (count === 0 || !newHour) return;
    const hour = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS).toISOString();
    await recordAuditEvent(tx, {
      workspaceId: row.workspaceId,
      actorId: null,
      action: "apikey.used",
      targetType: "api_key",
      targetId: row.id,
      data: { hour },
      ...meta,
    });
  });
}
