import { plainPage } from "@/lib/http/plain-page";

// The unsubscribe route's own answers (errors, the one-click "done"): a short readable page, never a stack,
// with what people typed or named escaped (lib/http/plain-page.ts). The confirm page itself is a React page
// (app/(auth)/unsubscribe).
export function unsubscribePage(status: number, title: string, text: string): Response {
  return new Response(plainPage(`${title} · Zoho OAuth Console`, title, text), {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
