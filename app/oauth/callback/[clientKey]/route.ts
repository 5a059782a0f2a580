// GET /oauth/callback/{clientKey} — a client's own redirect URI, for flows started outside the console
import { type NextRequest } from "next/server";
import { handleClientCallback } from "@/lib/callbacks/handle-client-callback";
import { refuseOverLimit } from "@/lib/callbacks/limit-callback";
import { paramsWithoutNul, withoutNul } from "@/lib/without-nul";
import { appOrigin } from "@/lib/config/app-origin";
import { metaFrom } from "@/lib/request-meta";
import { notRecordedPage } from "../not-recorded-page";
import { errorFields, log } from "@/lib/log/logger";
import { requestIdOf } from "@/lib/log/request-id";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ clientKey: string }> }) {
  const clientKey = withoutNul((await params).clientKey.slice(0, 100));
  const meta = metaFrom(request.headers);
  const refused = await refuseOverLimit(meta.ip, clientKey);
  if (refused) return refused;
  const origin = appOrigin(request);
  try {
    const id = await handleClientCallback({ meta }, { clientKey, params: paramsWithoutNul(request.nextUrl.searchParams), origin });
    return Response.redirect(`${origin}/oauth/result/${id}`, 303);
  } catch (error) {
    log.error({ requestId: requestIdOf(request.headers), ...errorFields(error) }, "client callback could not be recorded");
    return notRecordedPage();
  }
}

// A HEAD (a link checker, a prefetch) must not consume anything or exchange the code.
export function HEAD() {
  return new Response(null, { status: 405, headers: { allow: "GET" } });
}
