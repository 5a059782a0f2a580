import { z } from "zod";

// Zoho's answer to the device flow's initiation request (https://www.zoho.com/accounts/protocol/oauth/devices/initiation-request.html):
// user_code, device_code, verification_url, expires_in, interval; verification_uri_complete (the page
// with the code filled in) where Zoho sends it. Zoho's initiation page gave interval and expires_in "in
// milliseconds" (5000 is what Zoho answers in practice, by the accounts of CLIs that use it); RFC 8628
// §3.2 and newer write-ups give seconds. Both are read: an interval over 600 can only be milliseconds.
const answerSchema = z.object({
  user_code: z.string().optional(),
  device_code: z.string().optional(),
  verification_url: z.string().optional(),
  verification_uri: z.string().optional(),
  verification_uri_complete: z.string().optional(),
  expires_in: z.coerce.number().optional(),
  interval: z.coerce.number().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});

export type DeviceCodeSuccess = {
  ok: true;
  userCode: string;
  deviceCode: string;
  verificationUrl: string;
  verificationUrlComplete: string | null;
  expiresInSeconds: number;
  intervalSeconds: number;
};
export type DeviceCodeFailure = { ok: false; error: string; description: string | null; status: number };
export type DeviceCodeAnswer = DeviceCodeSuccess | DeviceCodeFailure;

/** RFC 8628 §3.2: without an interval, 5 seconds. Zoho's pages: the user code lives 5 minutes. */
const DEFAULT_INTERVAL_S = 5;
const DEFAULT_EXPIRES_S = 300;

export function parseDeviceCodeAnswer(status: number, body: unknown): DeviceCodeAnswer {
  const parsed = answerSchema.safeParse(body);
  if (!parsed.success)
    return { ok: false, error: "unreadable_answer", description: "The accounts server did not answer with JSON Zoho would send", status };
  const a = parsed.data;
  if (a.error) return { ok: false, error: a.error.slice(0, 100), description: a.error_description?.slice(0, 500) ?? null, status };
  const verificationUrl = a.verification_url ?? a.verification_uri;
  if (!a.user_code || !a.device_code || !verificationUrl || a.user_code.length > 100 || a.device_code.length > 500) {
    return {
      ok: false,
      error: "incomplete_answer",
      description: "The answer lacks a user code, a device code or a verification URL",
      status,
    };
  }
  const inMilliseconds = a.interval !== undefined ? a.interval > 600 : (a.expires_in ?? 0) > 3600;
  const seconds = (value: number | undefined, fallback: number) =>
    value === undefined || !Number.isFinite(value) || value <= 0 ? fallback : Math.max(1, Math.ceil(inMilliseconds ? value / 1000 : value));
  return {
    ok: true,
    userCode: a.user_code,
    deviceCode: a.device_code,
    verificationUrl,
    verificationUrlComplete: a.verification_uri_complete ?? null,
    expiresInSeconds: Math.min(seconds(a.expires_in, DEFAULT_EXPIRES_S), 3600),
    intervalSeconds: Math.min(seconds(a.interval, DEFAULT_INTERVAL_S), 300),
  };
}
