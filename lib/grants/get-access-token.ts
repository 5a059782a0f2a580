import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { seal, unseal } from "@/lib/crypto/keyring";
import { sha256Hex } from "@/lib/crypto/tokens";
import { db } from "@/lib/db";
import { metrics } from "@/lib/metrics/metrics";
import { evictTokenCache } from "@/lib/token-cache/evict-token-cache";
import { tokenCache } from "@/lib/token-cache/shared-cache";
import { emitGrantAlert } from "@/lib/webhooks/emit-grant-alert";
import { emitNearTokenLimit } from "@/lib/webhooks/emit-near-token-limit";
import { SAFETY_MARGIN_MS, SPENT_REFRESH, WINDOW_MS, type AccessTokenResult } from "./access-token-result";
import { mayUseGrant } from "./grant-scope";
import { grantApiDomainAllowed, grantServer } from "./grant-server";
import { loadGrantForRefresh, type GrantForRefresh } from "./load-grant-for-refresh";
import { recordGrantUse, type GrantUseSource } from "./record-grant-use";
import { refreshAtZoho } from "./refresh-at-zoho";
import { backOffAndAlert } from "./back-off-and-alert";
import { backoffOf, FREE_LEASE, LEASE_MS, releaseLease, takeLease, type BackoffProblem } from "./refresh-lease";

const WAIT_STEP_MS = 100;
const NOT_FOUND: AccessTokenResult = { ok: false, problem: "not-found", detail: "No such grant." };

export type AccessTokenInput = {
  grantId: string;
  /** "Refresh now": a token newer than the one cached when it was asked for. */
  force?: boolean;
  /**
   * The access token a service reports Zoho refused (POST …/access-token/invalidate): refresh once if it
   * is still the cached one, else serve the cached one. Every reporter of the same token shares one
   * refresh, in this process (the promise) and across processes (the lease, then a re-read).
   */
  stale?: string;
  /** Which part of the console asked for a member (last-used tracking): the request runner, or the console itself. */
  via?: "runner";
};

type Run = AccessTokenInput & { ctx: Ctx; trigger: string };

// One refresh per grant at a time: in this process a shared promise, across processes the lease on
// the grant row (refresh-lease.ts). Keyed by workspace too: a caller only ever joins a refresh of a
// grant its own workspace holds.
const inFlight = new Map<string, Promise<AccessTokenResult>>();

/**
 * A valid access token for one grant the actor may use: the cached one, or a refresh at Zoho. The
 * token API's hot path: the token cache (lib/token-cache/, no database round trip), else one read of
 * the grant (scoped by the workspace and the key's grant list) when the stored token is fresh.
 */
export async function getAccessToken(ctx: Ctx, input: AccessTokenInput): Promise<AccessTokenResult> {
  allow(ctx, "grants:refresh");
  if (!mayUseGrant(ctx, input.grantId)) return NOT_FOUND;
  const hit = input.force ? null : fromMemory(ctx, input);
  if (!input.force)
    metrics()
      .tokenCacheLookups.labels({ cache: "token", result: hit ? "hit" : "miss" })
      .inc();
  if (hit) {
    const source = sourceOfUse(ctx, input);
    if (source) recordGrantUse(input.grantId, source);
    return hit;
  }
  const mode = input.stale ? `stale:${sha256Hex(input.stale)}` : input.force ? "force" : "auto";
  const key = `${ctx.workspace.id}:${input.grantId}:${mode}`;
  let work = inFlight.get(key);
  if (!work) {
    work = obtain({ ...input, ctx, trigger: triggerOf(ctx) }).finally(() => inFlight.delete(key));
    inFlight.set(key, work);
  }
  const result = await work;
  const source = sourceOfUse(ctx, input);
  if (result.ok && source) recordGrantUse(input.grantId, source);
  return result;
}

// The token in memory answers an ordinary request, and a reported token's when it is another one (a
// reported token that is the cached one is dropped here; the refresh that follows replaces it everywhere).
function fromMemory(ctx: Ctx, input: AccessTokenInput): AccessTokenResult | null {
  const cached = tokenCache().getToken(input.grantId);
  if (!cached || cached.workspaceId !== ctx.workspace.id) return null;
  if (input.stale && cached.result.accessToken === input.stale) {
    tokenCache().evict({ grantIds: [input.grantId] });
    return null;
  }
  return cached.result;
}

/** What a served token counts as for last-used: the API key, the runner or the console; the console's own jobs don't count. */
function sourceOfUse(ctx: Ctx, input: AccessTokenInput): GrantUseSource | null {
  if (ctx.actor.kind === "apiKey") return `api:${ctx.actor.keyId}`;
  return ctx.actor.kind === "member" ? (input.via ?? "console") : null;
}

/** What asked, kept with the refresh and in its audit event: "console", "api:<key id>", or the job. */
function triggerOf(ctx: Ctx): string {
  if (ctx.actor.kind === "apiKey") return `api:${ctx.actor.keyId}`;
  return ctx.actor.kind === "member" ? "console" : ctx.actor.job;
}

async function obtain(run: Run): Promise<AccessTokenResult> {
  const deadline = Date.now() + LEASE_MS;
  const load = () => loadGrantForRefresh(run.ctx, run);
  // Only a forced refresh compares expiries: an ordinary request reads the grant once (token API benchmark).
  const seenExpiry = run.force ? ((await load())?.accessExpiresAt?.getTime() ?? 0) : 0;
  for (;;) {
    const mark = tokenCache().mark();
    const grant = await load();
    if (!grant) return NOT_FOUND;
    if (grant.status === "REVOKED") return { ok: false, problem: "grant-revoked", detail: "This grant was revoked." };
    if (grant.status === "INVALID")
      return { ok: false, problem: "grant-invalid", detail: "Zoho no longer accepts this grant's refresh token. Authorize again." };
    if (!grantServer(grant.accountsServer) || !grantApiDomainAllowed(grant.apiDomain)) {
      return {
        ok: false,
        problem: "grant-invalid",
        detail:
          "The grant's stored accounts server or API domain is not one of Zoho's (nor this console's sandbox), so it is not used. Authorize again.",
      };
    }
    const cached = usableToken(grant, run, seenExpiry);
    if (cached) return remember(grant, cached, mark);
    const backoff = backoffOf(grant);
    if (backoff) {
      const detail =
        backoff.problem === "refresh-limit"
          ? "The grant's refresh budget is spent for now."
          : "Zoho could not refresh this grant a moment ago.";
      return fallback(grant, run, detail, backoff.seconds, backoff.problem);
    }
    if (await takeLease(grant.id)) return refreshHolding(run, seenExpiry);
    if (Date.now() > deadline) return fallback(grant, run, "Another refresh of this grant is taking too long.", 5);
    // Another instance refreshes: its eviction (NOTIFY) wakes this wait as soon as the new token is stored.
    await tokenCache().changeOf(grant.id, WAIT_STEP_MS);
  }
}

async function refreshHolding(run: Run, seenExpiry: number): Promise<AccessTokenResult> {
  let released = false;
  try {
    const grant = await loadGrantForRefresh(run.ctx, run);
    if (!grant) return NOT_FOUND; // deleted with its workspace or client since the lease was taken
    // Another process may have refreshed between our last read and taking the lease.
    const fresh = usableToken(grant, run, seenExpiry);
    if (fresh) return fresh;
    const since = new Date(Date.now() - WINDOW_MS);
    const recent = await db.grantRefresh.findMany({
      where: { grantId: grant.id, at: { gt: since }, ...SPENT_REFRESH },
      orderBy: { at: "asc" },
      select: { at: true },
    });
    const limit = grant.workspace.limitAccessTokensPerWindow;
    if (recent.length >= limit) {
      const retry = Math.ceil((recent[0].at.getTime() + WINDOW_MS - Date.now()) / 1000);
      return fallback(
        grant,
        run,
        `${recent.length} access tokens in the last 10 minutes: Zoho allows ${limit} per refresh token.`,
        retry,
        "refresh-limit",
      );
    }
    const askedAt = new Date();
    const answer = await refreshAtZoho(grant, run.trigger);
    if (answer.ok) {
      const apiDomain = grantApiDomainAllowed(answer.apiDomain) ? answer.apiDomain! : grant.apiDomain;
      const expiresAt = new Date(Date.now() + answer.expiresInSeconds * 1000);
      const mark = tokenCache().mark();
      await db.$transaction(async (tx) => {
        await tx.grant.update({
          where: { id: grant.id },
          data: { accessCipher: seal(answer.accessToken), accessExpiresAt: expiresAt, lastRefreshAt: new Date(), apiDomain, ...FREE_LEASE },
        });
        await recordAuditEvent(tx, {
          workspaceId: grant.workspaceId,
          actorId: actorId(run.ctx),
          action: "grant.refreshed",
          targetType: "grant",
          targetId: grant.id,
          data: {
            trigger: run.trigger,
            expiresAt: expiresAt.toISOString(),
            ...(run.stale && { reason: "A service reported the cached access token invalid" }),
          },
          ...run.ctx.meta,
        });
        // Issue 17: this refresh may have taken the grant to 70 % of Zoho's budget for the window.
        await emitNearTokenLimit(tx, grant, { refreshes: recent.length + 1, limit });
      });
      released = true;
      const result = {
        ok: true as const,
        accessToken: answer.accessToken,
        expiresAt,
        apiDomain,
        location: grant.location,
        refreshed: true,
        orgWide: grant.orgWide,
        provider: grant.client.provider,
      };
      // Other instances drop the old token; this one holds the new one (unless a write came in between).
      await evictTokenCache({ grantIds: [grant.id] }, { local: false });
      const lastRefreshAt = new Date(expiresAt.getTime() - answer.expiresInSeconds * 1000);
      remember({ ...grant, accessExpiresAt: expiresAt, lastRefreshAt }, { ...result, refreshed: false }, mark);
      return result;
    }
    if (answer.error === "invalid_code") {
      await markInvalid(grant, run);
      return {
        ok: false,
        problem: "grant-invalid",
        detail:
          "Zoho answered invalid_code: the refresh token was revoked by the user, or evicted by Zoho's cap of refresh tokens per user per client. Authorize again.",
      };
    }
    // Zoho's throttle answer, in any language (lib/zoho/is-rate-limit-answer.ts): back off for a minute.
    const limited = answer.rateLimited === true;
    const problem: BackoffProblem = limited ? "refresh-limit" : "zoho-unavailable";
    const retry = limited ? 60 : 15;
    const detail = limited
      ? "Zoho is rate-limiting this client (too many requests continuously)."
      : `Zoho could not refresh the token (${answer.error.slice(0, 60)}).`;
    await backOffAndAlert(grant, problem, retry, { zohoError: answer.error, reason: detail, askedAt });
    released = true;
    return fallback(grant, run, detail, retry, problem);
  } finally {
    if (!released) await releaseLease(run.grantId);
  }
}

/** Until when a stored token is served: its expiry less the margin, at most half the token's lifetime. */
function serveUntil(grant: Pick<GrantForRefresh, "accessExpiresAt" | "lastRefreshAt" | "createdAt">, marginMs: number): number {
  if (!grant.accessExpiresAt) return 0;
  // At most half the lifetime, so a short-lived token is not refreshed on every request.
  const lifetime = grant.accessExpiresAt.getTime() - (grant.lastRefreshAt ?? grant.createdAt).getTime();
  return grant.accessExpiresAt.getTime() - Math.min(marginMs, lifetime / 2);
}

/** Puts a token the database path serves in the token cache, for as long as that path would serve it. */
function remember(
  grant: Pick<GrantForRefresh, "id" | "workspaceId" | "accessExpiresAt" | "lastRefreshAt" | "createdAt">,
  result: Extract<AccessTokenResult, { ok: true }>,
  mark: number,
): AccessTokenResult {
  tokenCache().putToken(grant.id, { workspaceId: grant.workspaceId, result }, serveUntil(grant, SAFETY_MARGIN_MS), mark);
  return result;
}

function cachedToken(grant: GrantForRefresh, marginMs: number): Extract<AccessTokenResult, { ok: true }> | null {
  if (!grant.accessCipher || !grant.accessExpiresAt) return null;
  if (serveUntil(grant, marginMs) <= Date.now()) return null;
  return {
    ok: true,
    accessToken: unseal(grant.accessCipher),
    expiresAt: grant.accessExpiresAt,
    apiDomain: grant.apiDomain,
    location: grant.location,
    refreshed: false,
    orgWide: grant.orgWide,
    provider: grant.client.provider,
  };
}

/** The cached token if it answers this request: fresh enough; for a forced refresh, newer than when it was asked; for a reported token, another one. */
function usableToken(grant: GrantForRefresh, run: Run, seenExpiry: number): Extract<AccessTokenResult, { ok: true }> | null {
  const cached = cachedToken(grant, run.force ? 0 : SAFETY_MARGIN_MS);
  if (!cached) return null;
  if (run.stale) return cached.accessToken === run.stale ? null : cached;
  // A forced refresh is satisfied by any refresh that finished after it was asked for.
  return !run.force || (grant.accessExpiresAt?.getTime() ?? 0) > seenExpiry ? cached : null;
}

// When no fresh token can be had: a still-valid cached one is better than an error — unless it is the
// very token a service just reported Zoho refused.
function fallback(
  grant: GrantForRefresh,
  run: Run,
  detail: string,
  retryAfterSeconds: number,
  problem: BackoffProblem = "zoho-unavailable",
): AccessTokenResult {
  const cached = cachedToken(grant, 0);
  if (cached && cached.accessToken !== run.stale) return cached;
  return { ok: false, problem, detail, retryAfterSeconds: Math.max(1, retryAfterSeconds) };
}

async function markInvalid(grant: GrantForRefresh, run: Run) {
  // Org-wide grants are outside the per-user cap: they neither evict nor get evicted by a user's own.
  const siblings =
    grant.zohoUserId && !grant.orgWide
      ? await db.grant.count({
          where: { workspaceId: grant.workspaceId, clientId: grant.clientId, zohoUserId: grant.zohoUserId, orgWide: false },
        })
      : 0;
  const reason =
    siblings > grant.workspace.limitRefreshTokensPerUser
      ? `Evicted: this Zoho user has ${siblings} grants for the client, over Zoho's cap of ${grant.workspace.limitRefreshTokensPerUser}; Zoho deleted the oldest refresh tokens.`
      : "Zoho no longer accepts the refresh token: revoked by the user (or an admin) at Zoho, or evicted by the cap of refresh tokens per user per client.";
  await db.$transaction(async (tx) => {
    await tx.grant.update({
      where: { id: grant.id },
      data: { status: "INVALID", invalidReason: reason, accessCipher: null, accessExpiresAt: null },
    });
    await recordAuditEvent(tx, {
      workspaceId: grant.workspaceId,
      actorId: actorId(run.ctx),
      action: "grant.invalidated",
      targetType: "grant",
      targetId: grant.id,
      data: { reason, trigger: run.trigger },
      ...run.ctx.meta,
    });
    await emitGrantAlert(tx, grant, "grant.invalidated", { zohoError: "invalid_code", reason });
  });
  await evictTokenCache({ grantIds: [grant.id] });
}
