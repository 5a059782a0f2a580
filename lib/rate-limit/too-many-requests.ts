import { problem } from "@/lib/api/problem";

// The one answer to a caller over a rate limit: 429 with Retry-After, as problem JSON for API
// clients and as a short readable page for browsers.
export function tooManyRequests(retryAfterSeconds: number, as: "json" | "html"): Response {
  const headers = { "retry-after": String(retryAfterSeconds) };
  const detail = `Too many requests from your address. Try again in ${retryAfterSeconds} s.`;
  if (as === "json") return problem("rate-limited", detail, { retryAfter: retryAfterSeconds }, headers);
  return new Response(`<!doctype html><meta charset="utf-8"><title>Too many requests</title><h1>Too many requests</h1><p>${detail}</p>`, {
    status: 429,
    headers: { ...headers, "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
