import { CallbackOutcome } from "@/lib/generated/prisma/enums";

// Every way a callback can end, with what it means in plain words and what to do about it. The list is
// the database's enum (prisma/schema.prisma, CallbackOutcome), in its order; OUTCOME_DESCRIPTIONS below
// must name each one (a Record over the type), so a new outcome cannot go unexplained.
export const OUTCOMES = Object.values(CallbackOutcome);
export type Outcome = CallbackOutcome;

/** Whether a string (a filter in a URL) names an outcome. */
export const isOutcome = (value: string): value is Outcome => (OUTCOMES as string[]).includes(value);

type Description = { title: string; tone: "green" | "amber" | "red"; explanation: string; fix: string };

export const OUTCOME_DESCRIPTIONS: Record<Outcome, Description> = {
  received: {
    title: "Callback received",
    tone: "amber",
    explanation: "The callback was recorded but not processed to the end.",
    fix: "Authorize again; if it repeats, check the server log.",
  },
  grant_created: {
    title: "Authorized — grant stored",
    tone: "green",
    explanation:
      "Zoho returned a grant code, the console exchanged it at once at the accounts server Zoho named, and stored the grant with its refresh token encrypted.",
    fix: "Nothing to do. The grant is listed on the Grants page.",
  },
  rejected: {
    title: "The user rejected the request",
    tone: "amber",
    explanation:
      "Zoho redirected back with error=access_denied: the person on Zoho's consent page pressed Reject (or Zoho refused to issue more grant codes).",
    fix: "Authorize again and press Accept. If nobody rejected, the client may have hit Zoho's limit of 10 grant codes in 10 minutes: wait a few minutes.",
  },
  // Zoho's consent page shows only "Back to app" when the user has no account in one of the apps the
  // scopes name, and the redirect carries error=no_org (Zoho, "Upcoming changes to the permission grant
  // flow for OAuth apps", from 10 February 2025: Bigin, PhoneBridge, Campaigns, QEngine, CRM, Recruit,
  // Desk, Solution, IoT, ZeptoMail, Marketing Automation —
  // https://help.zoho.com/portal/en/community/topic/announcement-upcoming-changes-to-the-permission-grant-flow-for-oauth-apps).
  no_org: {
    title: "The Zoho user has no organization in that app",
    tone: "amber",
    explanation:
      "Zoho redirected back with error=no_org: the person who signed in at Zoho has no account (organization or portal) in one of the Zoho apps whose scopes were asked for — CRM, Bigin, Desk, Recruit, Campaigns, PhoneBridge and a few others. Since February 2025 Zoho then shows only a “Back to app” button instead of Accept, and issues no code.",
    fix: "Sign in at Zoho as a user who belongs to an organization in every app the scopes name (or have that app's admin add this user), or leave out the scopes of apps this user does not use; then authorize again.",
  },
  zoho_error: {
    title: "Zoho answered with an error",
    tone: "red",
    explanation: "Zoho redirected back with an error instead of a code.",
    fix: "Read the error below; check the scopes and the client's settings in Zoho's API console.",
  },
  missing_state: {
    title: "No state in the callback",
    tone: "red",
    explanation: "The redirect carried no state, so it cannot be matched to an authorization this console started.",
    fix: "Start the flow from the console's Authorize page, which adds a state. Flows started elsewhere need their own callback.",
  },
  unknown_state: {
    title: "Unknown state",
    tone: "red",
    explanation:
      "The state in the redirect does not match any authorization this console started. Someone may have crafted the link, or the flow was started on another console.",
    fix: "Start the flow again from the Authorize page, in this console.",
  },
  state_expired: {
    title: "The authorization expired",
    tone: "amber",
    explanation: "The state was issued more than 10 minutes before the callback arrived, so it is no longer accepted.",
    fix: "Authorize again and finish the consent within 10 minutes.",
  },
  state_reused: {
    title: "This authorization was already used",
    tone: "amber",
    explanation:
      "The state was already consumed by an earlier callback: the page was reloaded, the browser went back, or the redirect arrived twice. A grant code can be exchanged only once.",
    fix: "Nothing was lost: the first callback is recorded. Authorize again if you need another grant.",
  },
  wrong_user: {
    title: "Signed in as someone else",
    tone: "red",
    explanation:
      "The authorization was started by another console user (or you are signed out), so the callback is refused: otherwise someone could slip their own Zoho account into your workspace.",
    fix: "Sign in as the user who pressed Authorize, or start the flow again yourself.",
  },
  missing_code: {
    title: "No grant code in the callback",
    tone: "red",
    explanation: "Zoho redirected back without a code and without an error.",
    fix: "Authorize again. If it repeats, compare the redirect URI registered at Zoho with the one used.",
  },
  accounts_server_missing: {
    title: "No accounts-server in the callback",
    tone: "red",
    explanation:
      "Zoho always says which accounts server issued the code; this redirect did not, so the console cannot know where to exchange it.",
    fix: "Authorize again from the console; do not edit the redirect URL by hand.",
  },
  accounts_server_not_allowed: {
    title: "Accounts server not allowed",
    tone: "red",
    explanation:
      "The accounts-server in the redirect is not one of Zoho's data centres (or the built-in sandbox for a sandbox client). Sending the client secret there would hand it to a stranger (an OAuth mix-up attack), so the code was not exchanged.",
    fix: "Authorize again. If the redirect was not edited by hand, someone may be tampering with it.",
  },
  location_mismatch: {
    title: "Location and accounts server disagree",
    tone: "red",
    explanation:
      "The location parameter names a different data centre than the accounts-server parameter. Zoho never sends that; the redirect was probably edited.",
    fix: "Authorize again from the console without editing the redirect.",
  },
  exchange_failed: {
    title: "The code exchange failed",
    tone: "red",
    explanation: "The accounts server refused to exchange the grant code.",
    fix: "See Zoho's answer below.",
  },
  zoho_unreachable: {
    title: "Zoho could not be reached",
    tone: "red",
    explanation:
      "The console could not reach the accounts server to exchange the code (network error or timeout), and grant codes are short-lived.",
    fix: "Check the console's outbound network, then authorize again.",
  },
  no_secret: {
    title: "Recorded; not exchanged",
    tone: "amber",
    explanation:
      "The client has no secret in the console, so the console cannot exchange this code. Your app has to exchange it itself, at once.",
    fix: "Add the client secret on the client's page to let the console exchange codes.",
  },
  unknown_client: {
    title: "Unknown client callback",
    tone: "red",
    explanation: "No client in this console has this callback path.",
    fix: "Copy the callback URL again from the client's page and register exactly that at Zoho.",
  },
  client_archived: {
    title: "The client is archived",
    tone: "amber",
    explanation: "Archived clients do not exchange codes; the callback was recorded only.",
    fix: "Restore the client on its page if it is in use again.",
  },
  interrupted: {
    title: "Interrupted — never finished",
    tone: "red",
    explanation:
      "The console stopped (crashed or was restarted), or lost its database, while it was processing this callback, so it never finished. No grant was stored. If the code had already reached Zoho, Zoho may hold a refresh token the console never received; it counts towards Zoho's 20 per user per client until the oldest are evicted.",
    fix: "Authorize again.",
  },
  internal_error: {
    title: "Something went wrong in the console",
    tone: "red",
    explanation: "The callback was recorded, but processing it failed unexpectedly.",
    fix: "Authorize again; if it repeats, check the server log.",
  },
};

// What Zoho's token endpoint errors mean (docs/zoho.md, "What people get wrong", with its sources: Kaizen #4,
// https://help.zoho.com/portal/en/community/topic/kaizen-4-troubleshooting-oauth2-0).
export const TOKEN_ERROR_HINTS: Record<string, string> = {
  invalid_code: "The grant code expired or was already exchanged — retries and double callbacks cause this.",
  invalid_client:
    "Zoho does not know this client id at this data centre: the token call went to the wrong DC, or multi-DC is not enabled for the client in Zoho's API console.",
  invalid_client_secret: "The client secret is wrong. Check it in Zoho's API console (it may differ per data centre).",
  invalid_redirect_uri: "The redirect URI sent with the exchange differs from the one used to get the code.",
  invalid_scope: "One of the scopes is not valid for this client.",
  missing_org_info:
    "This Zoho app has several organizations or portals, so client_credentials needs soid=Service.orgId (e.g. ZohoCRM.10234695); apps with one organization do without.",
  invalid_code_verifier: "The PKCE code_verifier does not match the code_challenge sent with the authorization request.",
  "Access Denied": 'Zoho is rate-limiting this client ("too many requests continuously"). Wait a few minutes.',
  unreachable: "The accounts server could not be reached.",
  timeout: "The accounts server did not answer in time.",
};
