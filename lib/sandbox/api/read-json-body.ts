import { readBodyUpTo } from "@/lib/body-limit/read-body-up-to";

// A product API's JSON body, read only up to `limit` bytes (a bigger one is never held whole), as UTF-8.
// "too-large" and "invalid" (not UTF-8, not JSON) are answered by the caller in its product's shape.
export async function readJsonBody(request: Request, limit: number): Promise<{ value: unknown } | "too-large" | "invalid"> {
  const bytes = await readBodyUpTo(request, limit);
  if (!bytes) return "too-large";
  try {
    return { value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
  } catch {
    return "invalid";
  }
}
