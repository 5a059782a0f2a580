// GET  /unsubscribe/{token} — the link in every alert mail: on to its confirm page (a GET never unsubscribes:
//      mail scanners and link previews open links).
// POST /unsubscribe/{token} — unsubscribes, body "List-Unsubscribe=One-Click": the confirm page's button, or a
//      mail client's one-click unsubscribe (RFC 8058, from the mail's List-Unsubscribe-Post header).
// Anonymous: rate limited per client address; a token not shaped like one is refused before any lookup.
import { type NextRequest } from "next/server";
import { unsubscribe } from "@/lib/alerts/unsubscribe/unsubscribe";
import { unsubscribePage } from "@/lib/alerts/unsubscribe/unsubscribe-page";
import { isOneClickBody } from "@/lib/alerts/unsubscribe/is-one-click-body";
import { UNSUBSCRIBE_LIMIT } from "@/lib/alerts/unsubscribe/unsubscribe-limit";
import { isUnsubscribeToken } from "@/lib/alerts/unsubscribe/unsubscribe-token";
import { readBodyUpTo } from "@/lib/body-limit/read-body-up-to";
import { appOrigin } from "@/lib/config/app-origin";
import { consume } from "@/lib/rate-limit/rate-limit";
import { tooManyRequests } from "@/lib/rate-limit/too-many-requests";
import { metaFrom } from "@/lib/request-meta";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ token: string }> };

const NOT_VALID = "This unsubscribe link is not valid. Check that you copied all of it, or sign in and change your email notifications.";

async function limited(request: NextRequest) {
  const verdict = await consume(UNSUBSCRIBE_LIMIT, metaFrom(request.headers).ip ?? "unknown");
  return verdict.ok ? null : tooManyRequests(verdict.retryAfterSeconds, "html");
}

export async function GET(request: NextRequest, { params }: Params) {
  const refused = await limited(request);
  if (refused) return refused;
  const { token } = await params;
  if (!isUnsubscribeToken(token)) return unsubscribePage(404, "Unsubscribe", NOT_VALID);
  return Response.redirect(`${appOrigin(request)}/unsubscribe/${token}/confirm`, 303);
}

export async function POST(request: NextRequest, { params }: Params) {
  const refused = await limited(request);
  if (refused) return refused;
  const { token } = await params;
  const body = await readBodyUpTo(request, 4096);
  if (body === null) return unsubscribePage(413, "Unsubscribe", "That request was too large.");
  if (!(await isOneClickBody(request.headers.get("content-type"), body)))
    return unsubscribePage(
      400,
      "Unsubscribe",
      'To unsubscribe, send "List-Unsubscribe=One-Click", or press the button on the page the link opens.',
    );
  if (!isUnsubscribeToken(token)) return unsubscribePage(404, "Unsubscribe", NOT_VALID);
  // A browser's form post (the confirm page) goes back to that page; a mail client's one-click gets a short answer.
  const browser = request.headers.get("sec-fetch-mode") === "navigate";
  const done = await unsubscribe({ meta: metaFrom(request.headers) }, { token, via: browser ? "page" : "one-click" });
  if (!done) return unsubscribePage(404, "Unsubscribe", NOT_VALID);
  if (browser) return Response.redirect(`${appOrigin(request)}/unsubscribe/${token}/confirm`, 303);
  return unsubscribePage(200, "Unsubscribed", `${done.email} gets no more alert mail from the workspace "${done.workspace}".`);
}
