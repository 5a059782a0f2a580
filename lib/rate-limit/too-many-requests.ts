import { problem } from "@/lib/api/problem";
import { plainPage } from "@/lib/http/plain-page";

// The one answer to a caller over a rate limit: 429 with Retry-After, as problem JSON for API
// clients and as a short readable page for browsers.
export function tooManyRequests(retryAfterSeconds: number, as: "json" | "html"): Response {
  const headers = { "retry-after": String(retryAfterSeconds) };
  const detail = `Too many requests from your address. Try again in ${retryAfterSeconds} s.`;
  if (as === "json") return problem("rate-limited", detail, { retryAfter: retryAfterSeconds }, headers);
  return new Response(plainPage("Too many requests", "Too many requests", detail), {
    status: 429,
    headers: { ...headers, "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
