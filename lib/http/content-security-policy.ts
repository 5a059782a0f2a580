// The pages' Content-Security-Policy. Scripts: only those carrying this request's nonce (Next puts it
// on its own scripts) and what they load ('strict-dynamic'). Styles allow inline: React style
// attributes, the toaster's injected <style> and the sandbox pages' <style> cannot carry a nonce,
// and a style cannot run code. No form-action: server actions and the sandbox's consent form
// redirect on to Zoho or to a registered redirect URI on another origin, which it would block.
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
