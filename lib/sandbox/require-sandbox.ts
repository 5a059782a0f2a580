import "server-only";
import { notFound } from "next/navigation";
import { env } from "@/lib/config/env";

// The one switch for the whole sandbox: with ZOHO_SANDBOX=0 every /sandbox page and endpoint is a 404.
export const sandboxEnabled = () => env().sandboxEnabled;

/** For pages and layouts. */
export function requireSandbox(): void {
  if (!sandboxEnabled()) notFound();
}

/** For route handlers: a 404 answer when the sandbox is off, else null. */
export function sandboxOffResponse(): Response | null {
  if (sandboxEnabled()) return null;
  return Response.json(
    { error: "not_found", error_description: "The built-in Zoho sandbox is off (ZOHO_SANDBOX=1 turns it on)." },
    { status: 404 },
  );
}
