import { z } from "zod";
import { isRateLimitAnswer } from "./is-rate-limit-answer";

// Zoho's token endpoint answers with HTTP 200 even for errors; older answers say expires_in_sec,
// some give expires_in in milliseconds. Everything the console reads goes through here.
const answerSchema = z.object({
  access_token: z.string().optional(),
  refresh_token: z.string().optional(),
  id_token: z.string().optional(),
  api_domain: z.string().optional(),
  token_type: z.string().optional(),
  scope: z.string().optional(),
  expires_in: z.coerce.number().optional(),
  expires_in_sec: z.coerce.number().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
  // "failure" on Zoho's throttle answer (is-rate-limit-answer.ts).
  status: z.string().optional(),
});

export type TokenSuccess = {
  ok: true;
  accessToken: string;
  refreshToken: string | null;
  apiDomain: string | null;
  tokenType: string;
  scopes: string[] | null;
  expiresInSeconds: number;
  /** OpenID Connect's ID token, when the scopes had openid, email or profile. */
  idToken?: string;
};
/** `rateLimited`: Zoho's throttle answer, in whatever language (is-rate-limit-answer.ts): back off, never retry at once. */
export type TokenFailure = { ok: false; error: string; description: string | null; status: number; rateLimited?: boolean };
export type TokenAnswer = TokenSuccess | TokenFailure;

export function normaliseTokenAnswer(status: number, body: unknown): TokenAnswer {
  const parsed = answerSchema.safeParse(body);
  if (!parsed.success)
    return { ok: false, error: "unreadable_answer", description: "The token endpoint did not answer with JSON Zoho would send", status };
  const a = parsed.data;
  if (a.error || !a.access_token) {
    const rateLimited = isRateLimitAnswer({ status, error: a.error, description: a.error_description, bodyStatus: a.status });
    return {
      ok: false,
      error: a.error ?? "no_access_token",
      description: a.error_description ?? null,
      status,
      ...(rateLimited && { rateLimited }),
    };
  }
  const raw = a.expires_in_sec ?? a.expires_in ?? 3600;
  // An hour in milliseconds is 3,600,000: no Zoho token lives anywhere near that many seconds.
  const expiresInSeconds = raw > 86_400 ? Math.round(raw / 1000) : raw;
  return {
    ok: true,
    accessToken: a.access_token,
    refreshToken: a.refresh_token ?? null,
    apiDomain: a.api_domain ?? null,
    tokenType: a.token_type ?? "Bearer",
    scopes: a.scope ? a.scope.split(/[\s,]+/).filter(Boolean) : null,
    expiresInSeconds,
    ...(a.id_token && { idToken: a.id_token }),
  };
}
