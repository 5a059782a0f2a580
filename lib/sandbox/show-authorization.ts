import "server-only";
import { checkAuthRequest } from "./check-auth-request";
import { renderConsentPage } from "./render-consent-page";
import { renderErrorPage } from "./render-error-page";
import { usersAt } from "./users";

// GET {accounts-server}/oauth/v2/auth (and /oauth/v2/org/auth): Zoho's error page or its consent page.
export async function showAuthorization(
  request: Request,
  { location }: { location: string },
  { orgWide = false }: { orgWide?: boolean } = {},
): Promise<Response> {
  const url = new URL(request.url);
  const check = await checkAuthRequest(url.searchParams);
  if (!check.ok) return renderErrorPage(check.status, check.title, check.message);
  return renderConsentPage({ location, action: url.pathname, params: check.params, users: usersAt(location), orgWide });
}
