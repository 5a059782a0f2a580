// POST /sandbox/{location}/oauth/v2/auth/consent — the consent page's Accept / Reject
import { appOrigin } from "@/lib/config/app-origin";
import { env } from "@/lib/config/env";
import { sandboxAccountsServer } from "@/lib/zoho/data-centres";
import { sandboxOff } from "@/lib/sandbox/answers";
import { checkAuthRequest, redirectBack } from "@/lib/sandbox/check-auth-request";
import { issueGrantCode } from "@/lib/sandbox/issue-grant-code";
import { readParams } from "@/lib/sandbox/read-params";
import { sandboxUser } from "@/lib/sandbox/users";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ location: string }> }) {
  if (!env().sandboxEnabled) return sandboxOff();
  const { location } = await params;
  const form = await readParams(request);
  // The hidden fields are re-checked exactly as the GET was: never trust what a form carries back.
  const check = await checkAuthRequest(location, form);
  if (!check.ok) return new Response(`${check.title}: ${check.message}`, { status: 400 });
  const { params: auth } = check;
  if (form.get("decision") !== "accept") return redirectBack(auth.redirectUri, { error: "access_denied", state: auth.state });
  const user = sandboxUser(form.get("user") ?? "");
  if (!user) return new Response("Pick a sandbox user to sign in as.", { status: 400 });
  const code = await issueGrantCode(auth, user);
  if (!code) return redirectBack(auth.redirectUri, { error: "access_denied", error_description: "too many grant codes for this client in 10 minutes", state: auth.state });
  return redirectBack(auth.redirectUri, {
    code,
    location: user.location,
    "accounts-server": sandboxAccountsServer(appOrigin(request), user.location),
    state: auth.state,
  });
}
