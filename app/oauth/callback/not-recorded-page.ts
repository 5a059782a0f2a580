import { plainPage } from "@/lib/http/plain-page";

// The one answer when even recording a callback fails (the database is down): plain words, no trace.
export function notRecordedPage(): Response {
  return new Response(
    plainPage(
      "Callback not recorded",
      "The console could not record this callback",
      "Its database is unavailable. Nothing was exchanged. Try the authorization again in a minute.",
    ),
    { status: 503, headers: { "content-type": "text/html; charset=utf-8", "retry-after": "30" } },
  );
}
