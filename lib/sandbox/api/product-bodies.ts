import { CURRENCY_SYMBOLS, TIME_ZONES, crmId, type CrmOwner } from "./crm-records";

// What the other products answer for a sandbox user's token, in each product's success shape. The
// organization is the user's one sandbox company (crm-records.ts), the same in every product.
const locale = (location: string) => TIME_ZONES[location] ?? TIME_ZONES.us;
const company = ({ user, orgId }: CrmOwner) => (user ? `${user.firstName}'s sandbox company` : `Sandbox organization ${orgId}`);
const portal = (owner: CrmOwner) => `org${owner.user ? `${owner.user.id}0` : owner.orgId}`;

// GET books/v3/organizations — https://www.zoho.com/books/api/v3/introduction/ ("GET /organizations", sample
// {"code":0,"message":"success","organizations":[{organization_id, name, contact_name, email, is_default_org,
// currency_code, …}]}).
export function booksOrganizations(owner: CrmOwner) {
  const [timeZone, currency, country] = locale(owner.location);
  return {
    code: 0,
    message: "success",
    organizations: [
      {
        organization_id: owner.orgId.slice(-11),
        name: company(owner),
        contact_name: owner.user ? `${owner.user.firstName} ${owner.user.lastName}` : "",
        email: owner.user?.email ?? "",
        is_default_org: true,
        plan_type: 0,
        version: country.toLowerCase(),
        language_code: "en",
        fiscal_year_start_month: 0,
        account_created_date: "2026-01-15",
        time_zone: timeZone,
        is_org_active: true,
        currency_id: crmId(owner.orgId, "000099"),
        currency_code: currency,
        currency_symbol: CURRENCY_SYMBOLS[currency] ?? currency,
        currency_format: "###,##0.00",
        price_precision: 2,
      },
    ],
  };
}

// GET desk/api/v1/organizations — Desk's "Get all organizations" in https://desk.zoho.com/DeskAPIDocument
// (the one call that needs no orgId header): {"data":[{id, companyName, portalName, portalURL, isDefault, …}]}.
export function deskOrganizations(owner: CrmOwner, origin: string) {
  const [, currency, country] = locale(owner.location);
  const name = portal(owner);
  return {
    data: [
      {
        id: owner.orgId.slice(-11),
        companyName: company(owner),
        portalName: name,
        portalURL: `${origin}/sandbox/${owner.location}/api/desk/portal/${name}`,
        alias: null,
        description: null,
        isDefault: true,
        isAdminInOrg: Boolean(owner.user),
        edition: "ENTERPRISE",
        employeeCount: "1",
        currencyCode: currency,
        currencyLocale: `en_${country}`,
        country,
        primaryContact: owner.user?.email ?? null,
        isSandboxPortal: true,
      },
    ],
  };
}

// GET mail/api/accounts — https://www.zoho.com/mail/help/api/get-all-users-accounts.html:
// {"status":{"code":200,"description":"success"},"data":[{accountId, emailAddress:[…], type, …}]}. A Self
// Client's organization token has no user: no mail accounts.
export function mailAccounts(owner: CrmOwner) {
  const user = owner.user;
  return {
    status: { code: 200, description: "success" },
    data: user
      ? [
          {
            accountId: crmId(user.id, "770001"),
            accountName: user.email.split("@")[0],
            accountDisplayName: `${user.firstName} ${user.lastName}`,
            primaryEmailAddress: user.email,
            emailAddress: [{ isAlias: false, isPrimary: true, mailId: user.email, isConfirmed: true }],
            incomingUserName: user.email,
            type: "ZOHO_ACCOUNT",
            country: locale(owner.location)[2].toLowerCase(),
            language: "en",
            mailboxStatus: "enabled",
            mxStatus: true,
            activeSyncEnabled: false,
            incomingBlocked: false,
            popBlocked: false,
          },
        ]
      : [],
  };
}
