import "server-only";
import { callUrl } from "./call-url";
import type { AllowedAccountsServer } from "./match-accounts-server";

const TIMEOUT_MS = 10_000;

export type FormAnswer = { ok: true; status: number; json: unknown } | { ok: false; error: "timeout" | "unreachable"; description: string };

// POST a form to an allowed accounts server and read its JSON answer: the one way the console's token,
// device-code and device-poll requests reach Zoho (a client secret only ever goes to an
// AllowedAccountsServer). A body that is not JSON reads as null; no answer in 10 s is "timeout".
export async function postForm(server: AllowedAccountsServer, path: string, body: URLSearchParams): Promise<FormAnswer> {
  try {
    const response = await fetch(callUrl(server, path), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      cache: "no-store",
    });
    return { ok: true, status: response.status, json: await response.json().catch(() => null) };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    return {
      ok: false,
      error: timedOut ? "timeout" : "unreachable",
      description: timedOut ? `No answer within ${TIMEOUT_MS / 1000} s` : "Could not connect to the accounts server",
    };
  }
}
