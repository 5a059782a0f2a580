import { env } from "./env";

// The console's public origin: APP_URL when set, else the origin the browser used (Host header).
export function appOrigin(request: { headers: Headers; url?: string }): string {
  const configured = env().APP_URL;
  if (configured) return new URL(configured).origin;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto") ?? (request.url ? new URL(request.url).protocol.replace(":", "") : "http");
  return host ? `${proto}://${host}` : new URL(request.url ?? "http://localhost:3000").origin;
}
