// GET /oauth/callback — Zoho redirects the browser here (the redirect URI registered at Zoho)
import { type NextRequest } from "next/server";
import { auth } from "@/lib/auth/auth";
import { handleCallback } from "@/lib/callbacks/handle-callback";
import { refuseOverLimit } from "@/lib/callbacks/limit-callback";
import { paramsWithoutNul } from "@/lib/without-nul";
import { appOrigin } from "@/lib/config/app-origin";
import { metaFrom } from "@/lib/request-meta";
import { notRecordedPage } from "./not-recorded-page";
import { errorFields, log } from "@/lib/log/logger";
import { requestIdOf } from "@/lib/log/request-id";
import { failOnPurpose } from "@/lib/test-fault";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const meta = metaFrom(request.headers);
  const refused = await refuseOverLimit(meta.ip, null);
  if (refused) return refused;
  const origin = appOrigin(request);
  try {
    await failOnPurpose(); // only when the tests ask (lib/test-fault.ts): the page below, as a database outage shows it
    const session = await auth();
    const id = await handleCallback(
      { userId: session?.user?.id ?? null, meta },
      { params: paramsWithoutNul(request.nextUrl.searchParams) },
    );
    // 303: the result page is a plain GET, and reloading it never replays the code.
    return Response.redirect(`${origin}/oauth/result/${id}`, 303);
  } catch (error) {
    log.error({ requestId: requestIdOf(request.headers), ...errorFields(error) }, "callback could not be recorded");
    return notRecordedPage();
  }
}

// A HEAD (a link checker, a prefetch) must not consume the state or exchange the code.
export function HEAD() {
  return new Response(null, { status: 405, headers: { allow: "GET" } });
}
