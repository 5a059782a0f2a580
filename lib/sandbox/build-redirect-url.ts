// Zoho's redirect back: the registered redirect URI with the answer appended to its own query string.
// Null values are left out (e.g. no state when none was sent).
export function buildRedirectUrl(redirectUri: string, answer: Record<string, string | null | undefined>): string {
  const url = new URL(redirectUri);
  for (const [key, value] of Object.entries(answer)) if (value !== null && value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}
