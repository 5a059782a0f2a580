// The unsubscribe route's own answers (errors, the one-click "done"): a short readable page, never a stack,
// with what people typed or named escaped. The confirm page itself is a React page (app/(auth)/unsubscribe).
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function unsubscribePage(status: number, title: string, text: string): Response {
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} · Zoho OAuth Console</title><main><h1>${escape(title)}</h1><p>${escape(text)}</p><p><a href="/sign-in">Sign in to the console</a></p></main></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
