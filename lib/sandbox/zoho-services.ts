import { scopeService } from "@/lib/zoho/scope-grammar";

// What the sandbox knows about Zoho's apps, keyed by a scope's service (its first part, any case).
// Two of Zoho's rules depend on the app:
//  - soid: Zoho's Self Client client_credentials flow needs soid=<Service>.<orgId> "based on the Zoho
//    app": "only for certain Zoho apps that allow creating multiple portals/organizations … If the
//    request sent without this parameter throws the exception missing_org_info, then this parameter
//    must be sent" (Zoho Accounts, Self Client – Client credentials flow,
//    https://www.zoho.com/accounts/protocol/oauth/self-client/client-credentials-flow.html).
//  - an account at consent: since 10 February 2025 a user without an account in one of these apps
//    cannot grant their scopes; the consent page offers only "Back to app", which redirects with
//    error=no_org (Zoho, "Upcoming changes to the permission grant flow for OAuth apps",
//    https://help.zoho.com/portal/en/community/topic/announcement-upcoming-changes-to-the-permission-grant-flow-for-oauth-apps:
//    Bigin, PhoneBridge, Campaigns, QEngine, CRM, Recruit, Desk, Solution, IoT, ZeptoMail, Marketing
//    Automation). Only the apps whose scope prefix is certain are listed.
type ServiceRule = {
  /** The service name in soid=<name>.<orgId>, when client_credentials needs one. */
  soid?: string;
  /** A user without an account (organization) in the app cannot consent: error=no_org. */
  accountAtConsent?: boolean;
};

const SERVICES: Readonly<Record<string, ServiceRule>> = {
  // soid "mandatory" on Zoho CRM's client credentials page (https://www.zoho.com/crm/developer/docs/api/v4/client-credentials.html);
  // the Accounts page's own example is soid=ZohoCRM.600…434.
  zohocrm: { soid: "ZohoCRM", accountAtConsent: true },
  // Desk: several organizations (portals) per user, each API call names one (orgId): soid=ZohoDesk.<orgId>.
  desk: { soid: "ZohoDesk", accountAtConsent: true },
  zohobigin: { accountAtConsent: true },
  phonebridge: { accountAtConsent: true },
  zohocampaigns: { accountAtConsent: true },
  zohorecruit: { accountAtConsent: true },
  // Cliq works without soid (docs/zoho.md, Corrections), like every app not marked here.
  zohocliq: {},
};

const rule = (scope: string): ServiceRule | undefined => SERVICES[scopeService(scope)?.toLowerCase() ?? ""];

/** The soid service names these scopes need for client_credentials (none: soid may be left out). */
export function soidServices(scopes: string[]): string[] {
  return [...new Set(scopes.flatMap((s) => rule(s)?.soid ?? []))];
}

/** The scopes that need the consenting user to have an account in their app. */
export function scopesNeedingAccount(scopes: string[]): string[] {
  return scopes.filter((s) => rule(s)?.accountAtConsent);
}
