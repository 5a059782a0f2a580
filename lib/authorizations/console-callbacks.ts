import { ownOrigins } from "@/lib/config/app-origin";

/**
 * This console's callback URLs, from configuration alone (lib/config/app-origin.ts): /oauth/callback on
 * each origin that is this console — or, with a client key, that client's own /oauth/callback/{key}.
 */
export function consoleCallbackUrls(origins: string[] = ownOrigins(), clientKey?: string): string[] {
  return origins.map((o) => `${o}/oauth/callback${clientKey ? `/${clientKey}` : ""}`);
}
