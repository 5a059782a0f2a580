// Why an authorization that was started may never have come back, in plain words, most likely first.
// Each cause that rests on Zoho's behaviour names the Zoho page it comes from (see docs/zoho.md).

export type StaleCause = { id: string; text: string; source?: string };

const AUTH_DOC = "https://www.zoho.com/accounts/protocol/oauth/web-apps/authorization.html";
const MULTI_DC_DOC = "https://www.zoho.com/accounts/protocol/oauth/multi-dc.html";

export function staleCauses(r: {
  redirectUri: string;
  dc: string;
  sandbox: boolean;
  expired: boolean;
  consoleCallbacks: string[];
}): StaleCause[] {
  const zoho = r.sandbox ? "The sandbox" : "Zoho";
  const causes: StaleCause[] = [];
  if (!r.consoleCallbacks.includes(r.redirectUri))
    causes.push({
      id: "redirect-elsewhere",
      text: `The redirect URI ${r.redirectUri} is not this console's callback: ${zoho} sent the code there, so this console never saw it.`,
      source: AUTH_DOC,
    });
  causes.push({
    id: "abandoned",
    text: `The user closed the consent page or never finished signing in: ${zoho} sends the browser back only after Accept or Reject.`,
    source: AUTH_DOC,
  });
  causes.push({
    id: "zoho-error-page",
    text: `${zoho} showed its own error page instead of redirecting (an unregistered redirect URI, an unknown client id, a bad scope): it sends nobody back for those.`,
    source: AUTH_DOC,
  });
  if (!r.sandbox)
    causes.push({
      id: "wrong-dc",
      text:
        r.dc === "us" || r.dc === "cn"
          ? "The user signed in to a Zoho account in another data centre, where this client is not enabled (Multi-DC is turned on per data centre in Zoho's API console)."
          : `It started at the ${r.dc} accounts server: only users of that data centre can sign in there; Zoho sends everyone else on from accounts.zoho.com.`,
      source: MULTI_DC_DOC,
    });
  if (r.expired)
    causes.push({
      id: "state-expired",
      text: "The state has expired (it lives 10 minutes): even if the user finishes now, the callback is refused. Authorize again.",
    });
  return causes;
}
