import "server-only";
import { randomUUID } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { seal, unseal } from "@/lib/crypto/keyring";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { SAFETY_MARGIN_MS, SPENT_REFRESH, WINDOW_MS, type AccessTokenResult } from "./access-token-result";
import { loadGrantForRefresh, type GrantForRefresh } from "./load-grant-for-refresh";
import { grantApiDomainAllowed, grantServer } from "./grant-server";
import { refreshAtZoho } from "./refresh-at-zoho";

const LEASE_MS = 30_000;
const BACKOFF = "backoff:";
const WAIT_STEP_MS = 100;

// One refresh per grant at a time, in this process (shared promise) and across processes (a lease
// on the grant row, taken with a conditional update — no transaction is held over the call to Zoho).
const inFlight = new Map<string, Promise<AccessTokenResult>>();

type Options = {
  force?: boolean;
  /**
   * The access token a service reports Zoho refused (POST …/access-token/invalidate): refresh once if it
   * is still the cached one, else serve the cached one. Every reporter of the same token shares one
   * refresh, in this process (the promise) and across processes (the lease, then a re-read).
   */
  stale?: string;
  /** What asked: "console", or "api:<key id>"; kept with the refresh and in its audit event. */
  trigger: string;
  actorId?: string | null;
  meta?: { ip: string | null; userAgent: string | null };
};

export async function getAccessToken(grantId: string, options: Options): Promise<AccessTokenResult> {
  const mode = options.stale ? `stale:${sha256Hex(options.stale)}` : options.force ? "force" : "auto";
  const key = `${grantId}:${mode}`;
  const running = inFlight.get(key);
  if (running) return running;
  const work = obtain(grantId, options).finally(() => inFlight.delete(key));
  inFlight.set(key, work);
  return work;
}

async function obtain(grantId: string, options: Options): Promise<AccessTokenResult> {
  const deadline = Date.now() + LEASE_MS;
  // Only a forced refresh compares expiries: an ordinary request reads the grant once (token API benchmark).
  const seenExpiry = options.force ? (await loadGrantForRefresh(grantId))?.accessExpiresAt?.getTime() ?? 0 : 0;
  for (;;) {
    const grant = await loadGrantForRefresh(grantId);
    if (!grant) return { ok: false, problem: "not-found", detail: "No such grant." };
    if (grant.status === "REVOKED") return { ok: false, problem: "grant-revoked", detail: "This grant was revoked." };
    if (grant.status === "INVALID") return { ok: false, problem: "grant-invalid", detail: "Zoho no longer accepts this grant's refresh token. Authorize again." };
    if (!grantServer(grant.accountsServer) || !grantApiDomainAllowed(grant.apiDomain)) {
      return { ok: false, problem: "grant-invalid", detail: "The grant's stored accounts server or API domain is not one of Zoho's (nor this console's sandbox), so it is not used. Authorize again." };
    }
    const cached = usableToken(grant, options, seenExpiry);
    if (cached) return cached;
    // After a failed refresh the grant backs off: everyone waiting gets the same answer at once,
    // instead of each trying Zoho again in turn.
    const backoff = grant.refreshLeaseId?.startsWith(BACKOFF) && grant.refreshLeaseUntil && grant.refreshLeaseUntil.getTime() > Date.now();
    if (backoff) {
      const problem = grant.refreshLeaseId!.slice(BACKOFF.length) === "refresh-limit" ? "refresh-limit" : "zoho-unavailable";
      return fallback(grant, options, problem === "refresh-limit" ? "The grant's refresh budget is spent for now." : "Zoho could not refresh this grant a moment ago.", (grant.refreshLeaseUntil!.getTime() - Date.now()) / 1000, problem);
    }
    if (await takeLease(grantId)) return refreshHolding(grant.id, options, seenExpiry);
    if (Date.now() > deadline) return fallback(grant, options, "Another refresh of this grant is taking too long.", 5);
    await new Promise((r) => setTimeout(r, WAIT_STEP_MS));
  }
}

async function refreshHolding(grantId: string, options: Options, seenExpiry: number): Promise<AccessTokenResult> {
  let released = false;
  try {
    const grant = (await loadGrantForRefresh(grantId))!;
    // Another process may have refreshed between our last read and taking the lease.
    const fresh = usableToken(grant, options, seenExpiry);
    if (fresh) return fresh;
    const since = new Date(Date.now() - WINDOW_MS);
    const recent = await db.grantRefresh.findMany({ where: { grantId, at: { gt: since }, ...SPENT_REFRESH }, orderBy: { at: "asc" }, select: { at: true } });
    const limit = grant.workspace.limitAccessTokensPerWindow;
    if (recent.length >= limit) {
      const retry = Math.ceil((recent[0].at.getTime() + WINDOW_MS - Date.now()) / 1000);
      return fallback(grant, options, `${recent.length} access tokens in the last 10 minutes: Zoho allows ${limit} per refresh token.`, retry, "refresh-limit");
    }
    const answer = await refreshAtZoho(grant, options.trigger);
    if (answer.ok) {
      const apiDomain = grantApiDomainAllowed(answer.apiDomain) ? answer.apiDomain! : grant.apiDomain;
      const expiresAt = new Date(Date.now() + answer.expiresInSeconds * 1000);
      await db.$transaction(async (tx) => {
        await tx.grant.update({
          where: { id: grantId },
          data: { accessCipher: seal(answer.accessToken), accessExpiresAt: expiresAt, lastRefreshAt: new Date(), apiDomain, refreshLeaseUntil: null, refreshLeaseId: null },
        });
        await recordAuditEvent(tx, {
          workspaceId: grant.workspaceId, actorId: options.actorId ?? null, action: "grant.refreshed", targetType: "grant", targetId: grantId,
          data: { trigger: options.trigger, expiresAt: expiresAt.toISOString(), ...(options.stale && { reason: "A service reported the cached access token invalid" }) }, ...options.meta,
        });
      });
      released = true;
      return { ok: true, accessToken: answer.accessToken, expiresAt, apiDomain, location: grant.location, refreshed: true };
    }
    if (answer.error === "invalid_code") {
      await markInvalid(grant, options);
      return { ok: false, problem: "grant-invalid", detail: "Zoho answered invalid_code: the refresh token was revoked by the user, or evicted by Zoho's cap of refresh tokens per user per client. Authorize again." };
    }
    // Zoho's throttle answer, in any language (lib/zoho/is-rate-limit-answer.ts): back off for a minute.
    const limited = answer.rateLimited === true;
    const problem = limited ? "refresh-limit" : "zoho-unavailable";
    const retry = limited ? 60 : 15;
    await db.grant.update({ where: { id: grantId }, data: { refreshLeaseUntil: new Date(Date.now() + retry * 1000), refreshLeaseId: BACKOFF + problem } });
    released = true;
    return fallback(grant, options, limited ? "Zoho is rate-limiting this client (too many requests continuously)." : `Zoho could not refresh the token (${answer.error.slice(0, 60)}).`, retry, problem);
  } finally {
    if (!released) await db.grant.update({ where: { id: grantId }, data: { refreshLeaseUntil: null, refreshLeaseId: null } }).catch(() => undefined);
  }
}

async function takeLease(grantId: string): Promise<boolean> {
  const { count } = await db.grant.updateMany({
    where: { id: grantId, OR: [{ refreshLeaseUntil: null }, { refreshLeaseUntil: { lt: new Date() } }] },
    data: { refreshLeaseUntil: new Date(Date.now() + LEASE_MS), refreshLeaseId: randomUUID() },
  });
  return count === 1;
}

function cachedToken(grant: GrantForRefresh, marginMs: number): AccessTokenResult | null {
  if (!grant.accessCipher || !grant.accessExpiresAt) return null;
  // The margin is at most half the token's lifetime, so a short-lived token is not refreshed on every request.
  const lifetime = grant.accessExpiresAt.getTime() - (grant.lastRefreshAt ?? grant.createdAt).getTime();
  if (grant.accessExpiresAt.getTime() - Date.now() <= Math.min(marginMs, lifetime / 2)) return null;
  return { ok: true, accessToken: unseal(grant.accessCipher), expiresAt: grant.accessExpiresAt, apiDomain: grant.apiDomain, location: grant.location, refreshed: false };
}

/** The cached token if it answers this request: fresh enough; for a forced refresh, newer than when it was asked; for a reported token, another one. */
function usableToken(grant: GrantForRefresh, options: Options, seenExpiry: number): AccessTokenResult | null {
  const cached = cachedToken(grant, options.force ? 0 : SAFETY_MARGIN_MS);
  if (!cached?.ok) return null;
  if (options.stale) return cached.accessToken === options.stale ? null : cached;
  // A forced refresh is satisfied by any refresh that finished after it was asked for.
  return !options.force || (grant.accessExpiresAt?.getTime() ?? 0) > seenExpiry ? cached : null;
}

// When no fresh token can be had: a still-valid cached one is better than an error — unless it is the
// very token a service just reported Zoho refused.
function fallback(grant: GrantForRefresh, options: Options, detail: string, retryAfterSeconds: number, problem: "refresh-limit" | "zoho-unavailable" = "zoho-unavailable"): AccessTokenResult {
  const cached = cachedToken(grant, 0);
  if (cached?.ok && cached.accessToken !== options.stale) return cached;
  return { ok: false, problem, detail, retryAfterSeconds: Math.max(1, retryAfterSeconds) };
}

async function markInvalid(grant: GrantForRefresh, options: Options) {
  // Org-wide grants are outside the per-user cap: they neither evict nor get evicted by a user's own.
  const siblings = grant.zohoUserId && !grant.orgWide ? await db.grant.count({ where: { clientId: grant.clientId, zohoUserId: grant.zohoUserId, orgWide: false } }) : 0;
  const reason = siblings > grant.workspace.limitRefreshTokensPerUser
    ? `Evicted: this Zoho user has ${siblings} grants for the client, over Zoho's cap of ${grant.workspace.limitRefreshTokensPerUser}; Zoho deleted the oldest refresh tokens.`
    : "Zoho no longer accepts the refresh token: revoked by the user (or an admin) at Zoho, or evicted by the cap of refresh tokens per user per client.";
  await db.$transaction(async (tx) => {
    await tx.grant.update({ where: { id: grant.id }, data: { status: "INVALID", invalidReason: reason, accessCipher: null, accessExpiresAt: null } });
    await recordAuditEvent(tx, { workspaceId: grant.workspaceId, actorId: options.actorId ?? null, action: "grant.invalidated", targetType: "grant", targetId: grant.id, data: { reason, trigger: options.trigger }, ...options.meta });
  });
}
