import "server-only";
import { z } from "zod";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { staleCauses, type StaleCause } from "./stale-causes";

/** An authorization with no callback after this long is listed, with its likely causes. */
export const STALE_AFTER_MINUTES = 10;
/** `?stale=N` on the callbacks page: minutes, 0 (every one still waiting) to a day; anything else is the default. */
export const staleAfterSchema = z
  .preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).max(1440))
  .catch(STALE_AFTER_MINUTES);
const LOOK_BACK_MS = 24 * 3600e3;
const LIMIT = 20;

export type StaleAuthorization = {
  id: string;
  createdAt: Date;
  clientId: string;
  clientName: string;
  startedBy: string;
  dc: string;
  redirectUri: string;
  causes: StaleCause[];
};

/**
 * The workspace's authorizations of the last 24 hours that were started (a state minted: Authorize or
 * Copy URL) more than `minutes` ago and that no callback ever answered — not even a refused one — newest
 * first, each with its likely causes. `consoleCallbacks`: this console's /oauth/callback URLs, from
 * configuration (lib/config/app-origin.ts).
 */
export async function listStaleAuthorizations(
  ctx: Ctx,
  { consoleCallbacks, minutes = STALE_AFTER_MINUTES, now = new Date() }: { consoleCallbacks: string[]; minutes?: number; now?: Date },
): Promise<StaleAuthorization[]> {
  allow(ctx, "callbacks:read");
  const workspaceId = ctx.workspace.id;
  const candidates = await db.authRequest.findMany({
    where: {
      workspaceId,
      consumedAt: null,
      createdAt: { lte: new Date(now.getTime() - minutes * 60e3), gt: new Date(now.getTime() - LOOK_BACK_MS) },
    },
    orderBy: { createdAt: "desc" },
    take: LIMIT * 3,
    select: {
      id: true,
      createdAt: true,
      expiresAt: true,
      clientId: true,
      userId: true,
      dc: true,
      redirectUri: true,
      client: { select: { name: true, provider: true } },
    },
  });
  if (candidates.length === 0) return [];
  // A callback that named the request (even refused: expired, wrong user) is not "no callback".
  const answered = await db.callbackEvent.findMany({
    where: { workspaceId, authRequestId: { in: candidates.map((c) => c.id) } },
    select: { authRequestId: true },
  });
  const seen = new Set(answered.map((a) => a.authRequestId));
  const stale = candidates.filter((c) => !seen.has(c.id)).slice(0, LIMIT);
  const members = await db.membership.findMany({
    where: { workspaceId, userId: { in: [...new Set(stale.map((s) => s.userId))] } },
    select: { userId: true, user: { select: { email: true } } },
  });
  const emails = new Map(members.map((m) => [m.userId, m.user.email]));
  return stale.map((r) => ({
    id: r.id,
    createdAt: r.createdAt,
    clientId: r.clientId,
    clientName: r.client.name,
    startedBy: emails.get(r.userId) ?? "a former member",
    dc: r.dc,
    redirectUri: r.redirectUri,
    causes: staleCauses({
      redirectUri: r.redirectUri,
      dc: r.dc,
      sandbox: r.client.provider === "SANDBOX",
      expired: r.expiresAt.getTime() <= now.getTime(),
      consoleCallbacks,
    }),
  }));
}
