import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { getAccessToken } from "@/lib/grants/get-access-token";
import { grantScope } from "@/lib/grants/grant-scope";
import { resolveApiTarget } from "@/lib/zoho/api-target";
import { checkApiHeaders } from "@/lib/zoho/check-api-headers";
import { diagnoseApiAnswer, type Diagnosis } from "@/lib/zoho/diagnose-api-answer";
import { readApiError } from "@/lib/zoho/read-api-error";
import { ApiRequestRefused, sendApiRequest, type ApiAnswer } from "@/lib/zoho/send-api-request";
import { consume } from "@/lib/rate-limit/rate-limit";
import { CALLS_PER_MEMBER } from "./call-limits";
import type { SendApiCallInput } from "./schemas";
import { findTemplate } from "./templates";

export type ApiCallResult = {
  callId: string;
  method: string;
  url: string;
  answer: ApiAnswer;
  diagnosis: Diagnosis | null;
  /** This send already refreshed the token after Zoho refused it: the runner offers that once. */
  retried: boolean;
};
export type ApiCallState = FormState & { result?: ApiCallResult };

const NO_GRANT: ApiCallState = { message: "No such grant." };
const MAX_URL_STORED = 2000;

/**
 * Sends one request with a grant, server-side: a fresh access token from the grant's single-flight
 * path (the token API's), to a URL the egress guard built from the grant's own hosts; the token never
 * leaves the server. One history row and one `grant.api_called` event per call, in one transaction:
 * the request line, header names, status and timing — never the token, a header value or a body.
 */
export async function sendApiCall(ctx: Ctx, input: SendApiCallInput): Promise<ApiCallState> {
  allow(ctx, "grants:call");
  const grant = await db.grant.findFirst({
    where: { AND: [grantScope(ctx), { id: input.grantId }] },
    select: {
      id: true,
      status: true,
      location: true,
      accountsServer: true,
      apiDomain: true,
      scopes: true,
      client: { select: { provider: true } },
    },
  });
  if (!grant) return NO_GRANT;
  if (grant.status !== "ACTIVE") return { message: `This grant is ${grant.status.toLowerCase()}: authorize again to call Zoho with it.` };
  const provider = grant.client.provider;
  const target = resolveApiTarget({ ...grant, provider }, input.base, input.path, input.query);
  if (!target.ok) return { message: "The request was not sent.", fieldErrors: { [fieldOf(target.rule)]: [target.reason] } };
  const headerProblems = checkApiHeaders(input.headers);
  if (headerProblems.length) return { message: "The request was not sent.", fieldErrors: { headers: headerProblems.map((h) => h.reason) } };
  const verdict = await consume(CALLS_PER_MEMBER, `${ctx.workspace.id}:${actorId(ctx) ?? "system"}`);
  if (!verdict.ok)
    return {
      message: `The request was not sent: at most ${CALLS_PER_MEMBER.points} a minute each. Try again in ${verdict.retryAfterSeconds} s.`,
    };

  let token = await getAccessToken(ctx, { grantId: grant.id, via: "runner" });
  const retried = input.retry === "refresh";
  // "Refresh and retry": report the cached token as refused, as a service would (POST …/invalidate).
  if (retried && token.ok) token = await getAccessToken(ctx, { grantId: grant.id, stale: token.accessToken, via: "runner" });
  if (!token.ok) return { message: `No access token: ${token.detail}` };

  const body = input.method === "GET" || input.method === "DELETE" || !input.body.trim() ? undefined : input.body;
  let answer: ApiAnswer;
  try {
    // Authorization, and Content-Type for a body, are the sender's (lib/zoho/send-api-request.ts).
    answer = await sendApiRequest({
      method: input.method,
      url: target.url,
      headers: input.headers,
      body,
      accessToken: token.accessToken,
      sandbox: provider === "SANDBOX",
      location: grant.location,
    });
  } catch (error) {
    // Input the form's checks should have caught; its message never holds the token.
    if (error instanceof ApiRequestRefused) return { message: `The request was not sent: ${error.message}` };
    throw error;
  }
  const error = answer.ok ? readApiError(answer.status, answer.body, header(answer.headers, "content-type")) : null;
  const errorCode = answer.ok ? (error?.code ?? (answer.truncated ? "too_large" : null)) : answer.error;
  const call = await db.$transaction(async (tx) => {
    const row = await tx.apiCall.create({
      data: {
        grantId: grant.id,
        actorId: actorId(ctx),
        method: input.method,
        url: target.url.slice(0, MAX_URL_STORED),
        headerNames: input.headers.map(([name]) => name.slice(0, 100)),
        status: answer.ok ? answer.status : null,
        errorCode: errorCode?.slice(0, 100) ?? null,
        durationMs: Math.round(answer.durationMs),
        responseBytes: answer.ok ? answer.bytes : null,
      },
      select: { id: true },
    });
    const url = new URL(target.url);
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "grant.api_called",
      targetType: "grant",
      targetId: grant.id,
      // The host and path only: a query's values may hold customer data.
      data: {
        call: row.id,
        method: input.method,
        url: `${url.origin}${url.pathname}`,
        status: answer.ok ? answer.status : null,
        error: errorCode,
      },
      ...ctx.meta,
    });
    return row;
  });
  const template = findTemplate(input.templateId);
  const diagnosis = diagnoseApiAnswer(answer, {
    grantLocation: grant.location,
    calledLocation: target.location,
    grantScopes: grant.scopes,
    neededScopes: template && template.path === input.path && template.base === input.base ? template.scopes : [],
    retried,
    provider,
  });
  return { ok: true, result: { callId: call.id, method: input.method, url: target.url, answer, diagnosis, retried } };
}

// Which form field a refusal of the egress guard belongs to (its rules: lib/zoho/api-target.ts, check-api-path.ts).
const BASE_RULES = new Set(["unknown-base", "sandbox-off", "accounts-refused", "api-domain-refused", "no-product-host"]);
const fieldOf = (rule: string) => (BASE_RULES.has(rule) ? "base" : rule.startsWith("query-") ? "query" : "path");

const header = (headers: [string, string][], name: string) => headers.find(([n]) => n.toLowerCase() === name)?.[1] ?? null;
