// The one answer when even recording a callback fails (the database is down): plain words, no trace.
export function notRecordedPage(): Response {
  return new Response(
    "<!doctype html><title>Callback not recorded</title><h1>The console could not record this callback</h1><p>Its database is unavailable. Nothing was exchanged. Try the authorization again in a minute.</p>",
    { status: 503, headers: { "content-type": "text/html; charset=utf-8", "retry-after": "30" } },
  );
}
