import { Html, html } from "./html";

// The look of the sandbox's own accounts-server pages (consent, errors). They come from route
// handlers, outside the app's Tailwind bundle, so they carry a small stylesheet in the console's
// palette; dark mode follows the system. Colours pass WCAG 2.2 AA in both schemes (e2e/a11y.ts); a
// fieldset may shrink (its default min-width is its content's), so nothing scrolls sideways at 360 px.
const STYLE = `
:root{color-scheme:light dark;--bg:#fafafa;--fg:#18181b;--muted:#52525b;--card:#fff;--border:#e4e4e7;--accent:#4f46e5;--accent-fg:#fff;--danger:#b91c1c;--chip:#f4f4f5}
@media (prefers-color-scheme:dark){:root{--bg:#09090b;--fg:#f4f4f5;--muted:#a1a1aa;--card:#18181b;--border:#27272a;--accent:#818cf8;--accent-fg:#18181b;--danger:#f87171;--chip:#27272a}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.5 ui-sans-serif,system-ui,-apple-system,"Segoe UI",sans-serif;-webkit-font-smoothing:antialiased}
.banner{background:#fbbf24;color:#451a03;text-align:center;font-weight:600;padding:6px 16px}
main{max-width:40rem;margin:0 auto;padding:40px 24px}
.brand{font-size:12px;letter-spacing:.05em;text-transform:uppercase;color:var(--muted);margin:0 0 12px}
.card{background:var(--card);border:1px solid var(--border);border-radius:12px;padding:28px;box-shadow:0 1px 2px rgb(0 0 0/.05)}
.card.error{border-color:color-mix(in srgb,var(--danger) 45%,var(--border))}
h1{font-size:20px;line-height:1.3;margin:0 0 12px;font-weight:600}
.error h1{color:var(--danger)}
h2{font-size:13px;font-weight:600;margin:20px 0 6px}
p{margin:8px 0}
.muted{color:var(--muted);font-size:13px}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:13px;word-break:break-all}
.scopes{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:6px}
.scopes li{background:var(--chip);border-radius:6px;padding:2px 8px}
fieldset{border:1px solid var(--border);border-radius:8px;padding:8px 12px 12px;margin:20px 0 0;min-width:0}
legend{font-weight:600;padding:0 4px}
.user{display:flex;gap:10px;align-items:center;padding:6px 4px;border-radius:6px;cursor:pointer;overflow-wrap:anywhere}
.user:hover{background:var(--chip)}
.user input{accent-color:var(--accent);margin:0}
.actions{display:flex;gap:12px;margin-top:24px}
button{font:inherit;font-weight:500;border-radius:6px;padding:8px 16px;cursor:pointer;border:1px solid transparent}
button:focus-visible,input:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
.accept{background:var(--accent);color:var(--accent-fg)}
.accept:hover{filter:brightness(1.1)}
.reject{background:transparent;color:var(--fg);border-color:var(--border)}
.reject:hover{background:var(--chip)}
.note{border-left:3px solid #f59e0b;padding:4px 10px;margin:12px 0;color:var(--muted);font-size:13px}
`;

export function renderSandboxPage({ status, title, body }: { status: number; title: string; body: Html }): Response {
  const page = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>${title} · Zoho sandbox</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<div class="banner" role="note">Zoho sandbox — not the real Zoho. It stands in for Zoho's accounts servers on this console.</div>
<main>
<p class="brand">Zoho Accounts · built-in sandbox</p>
${body}
</main>
</body>
</html>`;
  return new Response(page.toString(), {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      // Like Zoho's consent page: never framed (clickjacking), no scripts at all.
      "x-frame-options": "DENY",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
      "referrer-policy": "no-referrer",
    },
  });
}
