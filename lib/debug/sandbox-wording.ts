// The debugger's findings are written about Zoho; when the built-in sandbox answered (a sandbox client,
// or a redirect from the sandbox's accounts server), they name the sandbox instead. The sandbox behaves
// like Zoho on purpose (docs/sandbox.md), so the facts stay true; only who said them changes.
const SWAPS: [RegExp, string][] = [
  [/\bat Zoho\b/g, "at the sandbox"],
  [/\bZoho's consent page\b/g, "the sandbox's consent page"],
  [/\bZoho's API console\b/g, "the sandbox's API console (/sandbox/console)"],
  [/\bZoho's limit\b/g, "the sandbox's (Zoho's) limit"],
  [/\bZoho never sends\b/g, "Neither Zoho nor the sandbox sends"],
  [/\bZoho always says\b/g, "The sandbox, like Zoho, always says"],
  [/\bZoho (redirected|refused|sent|answered|shows|issues|then shows)\b/g, "the sandbox $1"],
  [/\bthe person who signed in at the sandbox\b/g, "the sandbox user"],
];

export function sandboxWording(text: string): string {
  const out = SWAPS.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
  // Sentence starts: "the sandbox redirected…" → "The sandbox redirected…".
  return out.replace(/(^|[.:!?]\s+)the sandbox/g, (_m, lead: string) => `${lead}The sandbox`);
}

/** Findings that compare Zoho with the sandbox on purpose keep their words. */
const ABOUT_BOTH = new Set(["provider-mismatch", "accounts-server-not-allowed", "accounts-server-unknown"]);

export function sandboxFinding<F extends { id: string; message: string; fix: string }>(f: F): F {
  return ABOUT_BOTH.has(f.id) ? f : { ...f, message: sandboxWording(f.message), fix: sandboxWording(f.fix) };
}
