import { appOrigin, ownOrigins } from "@/lib/config/app-origin";

// This console's redirect URIs: /oauth/callback (shared) or /oauth/callback/{key} (one client's own path)
// on an origin configuration names as ours (lib/config/app-origin.ts) — never a name a request chose.

/** Every one of them: for checking whether a redirect URI comes back here. */
export function consoleCallbackUrls(origins: string[] = ownOrigins(), clientKey?: string): string[] {
  return origins.map((o) => `${o}/oauth/callback${clientKey ? `/${clientKey}` : ""}`);
}

/**
 * The one to show and register: APP_URL's, else the loopback name this browser uses (one of ours: proxy.ts
 * answers any other Host with a 400). The name matters: the callback honours a state only for the
 * signed-in user who started it, and cookies are per host.
 */
export function consoleCallbackUrl(headers: Headers, clientKey?: string): string {
  return consoleCallbackUrls([appOrigin({ headers })], clientKey)[0];
}
