import "server-only";
import { appOrigin } from "@/lib/config/app-origin";
import { sandboxAccountsServer } from "@/lib/data-centres/data-centre";
import { buildRedirectUrl } from "./build-redirect-url";
import { checkAuthRequest } from "./check-auth-request";
import { issueGrantCode } from "./issue-grant-code";
import { readParams } from "./read-params";
import { renderErrorPage } from "./render-error-page";
import { sandboxUser, usersAt } from "./users";
import { scopesNeedingAccount } from "./zoho-services";

const redirectTo = (url: string) => new Response(null, { status: 302, headers: { location: url, "cache-control": "no-store" } });

// POST from the consent page: Accept → a grant code for the chosen user, redirected back with the
// user's location and accounts server; Reject → error=access_denied. `orgWide`: the page was
// /oauth/v2/org/auth, where an admin consents for the organization.
export async function decideConsent(
  request: Request,
  { location }: { location: string },
  { orgWide = false }: { orgWide?: boolean } = {},
): Promise<Response> {
  const form = await readParams(request);
  // The hidden fields are checked exactly as the GET was: never trust what a form carries back.
  const check = await checkAuthRequest(form);
  if (!check.ok) return renderErrorPage(check.status, check.title, check.message);
  const auth = check.params;
  const back = (answer: Record<string, string | null>) => redirectTo(buildRedirectUrl(auth.redirectUri, { ...answer, state: auth.state }));

  const decision = form.get("decision");
  if (decision === "reject") return back({ error: "access_denied" });
  if (decision !== "accept") return renderErrorPage(400, "Invalid request", "Press Accept or Reject on the consent page.");

  const user = sandboxUser(form.get("user_id") ?? "");
  if (!user || !usersAt(location).includes(user)) {
    return renderErrorPage(400, "Sign in first", "Pick one of the sandbox users listed on the consent page, then press Accept.");
  }
  // A user without an organization in an app the scopes name cannot consent: Zoho's page offers only
  // "Back to app", which redirects with error=no_org (zoho-services.ts has the source). No code.
  if (user.noOrg && scopesNeedingAccount(auth.scopes).length) return back({ error: "no_org" });
  const code = await issueGrantCode(auth, user, { orgWide });
  if (!code) {
    return back({
      error: "access_denied",
      error_description: "too many grant codes for this client in the last 10 minutes; try again later",
    });
  }
  return back({
    code,
    location: user.location,
    "accounts-server": sandboxAccountsServer(appOrigin(request), user.location),
  });
}
