import { escapeHtml } from "@/lib/sandbox/html";

/**
 * A short page for a browser when the app itself cannot answer (the database is down, a rate limit): a
 * whole document — its language, a viewport for phones, the text in <main> — so it reads as well as the
 * app's own pages (WCAG 2.2 AA, e2e/a11y.ts), without the app's stylesheet or scripts. Text only: escaped.
 */
export function plainPage(title: string, heading: string, ...paragraphs: string[]): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title></head>`,
    `<body><main><h1>${escapeHtml(heading)}</h1>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    "</main></body></html>",
  ].join("");
}
