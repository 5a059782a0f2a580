// How long a grant code lives. Zoho's own pages disagree: 60 s (the seed page on generating a grant
// code), 2 minutes (Accounts' web-server applications page) and 3 minutes (Zoho CRM's v4–v8 token
// pages) — docs/zoho.md, Corrections. Each workspace keeps the figure it trusts
// (Settings → Zoho's limits); every hint that names the lifetime takes it from there.
export const DEFAULT_CODE_LIFETIME_SECONDS = 60;
export const MIN_CODE_LIFETIME_SECONDS = 10;
export const MAX_CODE_LIFETIME_SECONDS = 600;

/** "60 seconds", "2 minutes", "90 seconds". */
export function describeCodeLifetime(seconds: number): string {
  if (seconds >= 120 && seconds % 60 === 0) return `${seconds / 60} minutes`;
  return seconds === 1 ? "1 second" : `${seconds} seconds`;
}
