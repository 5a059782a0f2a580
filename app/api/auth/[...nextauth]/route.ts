// /api/auth/* — next-auth's sign-in, sign-out, session and CSRF endpoints
import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { appOrigin } from "@/lib/config/app-origin";

// Auth.js builds its redirects from the request's URL, whose host Next rewrites (127.0.0.1 and [::1]
// become "localhost" in a NextRequest): hand it a plain Request at the console's origin — APP_URL,
// or the loopback name the browser used, whose cookies these are.
function atOrigin(request: NextRequest): NextRequest {
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, appOrigin(request));
  const init = { method: request.method, headers: request.headers, body: request.body, duplex: "half" };
  return new Request(url, init as RequestInit) as NextRequest;
}

export const GET = (request: NextRequest) => handlers.GET(atOrigin(request));
export const POST = (request: NextRequest) => handlers.POST(atOrigin(request));
