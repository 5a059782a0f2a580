import "server-only";
import { appOrigin } from "@/lib/config/app-origin";

/**
 * This console's shared redirect URI, as every page shows it: `{origin}/oauth/callback`, where the
 * origin comes from configuration alone (lib/config/app-origin.ts): APP_URL when it is set (the
 * request's Host is not read at all), else the loopback name of the configured port that the browser
 * is using — one of ownOrigins(), never a name a request chose (proxy.ts answers any other Host with a
 * 400, and X-Forwarded-Host is overwritten before any handler runs). The loopback name matters: the
 * callback honours a state only for the signed-in user who started it, and cookies are per host.
 */
export function consoleCallbackUrl(headers: Headers): string {
  return `${appOrigin({ headers })}/oauth/callback`;
}
