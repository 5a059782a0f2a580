import { REQUEST_ID_HEADER } from "@/lib/log/request-id";

const PROBLEM = "application/problem+json";
const TYPE_PREFIX = "https://zoho-oauth-console.dev/problems/";

/**
 * The request's id on an answer: the x-request-id header, and `request_id` in problem JSON (an RFC 9457
 * extension member) so a caller who only kept the body can still quote it. Only problem answers are
 * rewritten (small bodies); proxy.ts puts the header on every other answer. Also says which problem it
 * was (the short type, e.g. "zoho-unavailable"), for the token API's metrics.
 */
export async function stampProblem(response: Response, requestId: string | null): Promise<{ response: Response; type: string | null }> {
  if (!response.headers.get("content-type")?.startsWith(PROBLEM)) return { response, type: null };
  const text = await response.text();
  let body = text;
  let type: string | null = "unknown";
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      const sent = (parsed as { type?: unknown }).type;
      if (typeof sent === "string" && sent.startsWith(TYPE_PREFIX)) type = sent.slice(TYPE_PREFIX.length);
      if (requestId) body = JSON.stringify({ ...parsed, request_id: requestId });
    }
  } catch {
    // Not JSON after all: sent as it came.
  }
  const headers = new Headers(response.headers);
  if (requestId) headers.set(REQUEST_ID_HEADER, requestId);
  headers.delete("content-length");
  return { response: new Response(body, { status: response.status, statusText: response.statusText, headers }), type };
}

export const stampRequestId = async (response: Response, requestId: string | null) => (await stampProblem(response, requestId)).response;
