import { sandboxUser, type SandboxUser } from "../users";

// The CRM data a sandbox user's token sees: one organization per user with that user as its only
// member, or — for a Self Client's client_credentials token (user "org:Service.<orgId>") — the named
// organization with no user. Ids are derived from the Zoho user id, 19 digits like CRM's.
export const TIME_ZONES: Record<string, [string, string, string]> = {
  us: ["America/Los_Angeles", "USD", "US"],
  eu: ["Europe/Berlin", "EUR", "DE"],
  in: ["Asia/Kolkata", "INR", "IN"],
  au: ["Australia/Sydney", "AUD", "AU"],
  jp: ["Asia/Tokyo", "JPY", "JP"],
  ca: ["America/Toronto", "CAD", "CA"],
  uk: ["Europe/London", "GBP", "GB"],
  sa: ["Asia/Riyadh", "SAR", "SA"],
  cn: ["Asia/Shanghai", "CNY", "CN"],
  ae: ["Asia/Dubai", "AED", "AE"],
};
export const CURRENCY_SYMBOLS: Record<string, string> = {
  USD: "$",
  EUR: "€",
  INR: "₹",
  AUD: "A$",
  JPY: "¥",
  CAD: "C$",
  GBP: "£",
  SAR: "SAR",
  CNY: "¥",
  AED: "AED",
};

export const crmId = (zuid: string, suffix: string) => `${zuid.replace(/\D/g, "").slice(-8).padStart(8, "0")}000000${suffix}`.slice(-19);

export type CrmOwner = { user: SandboxUser | null; orgId: string; location: string };

export function crmOwner(userId: string, location: string): CrmOwner {
  const soid = /^org:[A-Za-z]+\.(\d{1,20})$/.exec(userId)?.[1];
  const user = soid ? null : (sandboxUser(userId) ?? null);
  return { user, orgId: soid ?? (user ? `${user.id}0` : "0"), location };
}

// GET /crm/v8/users?type=CurrentUser — the Users API's shape: {users:[…], info:{per_page,count,page,more_records}}
// (zoho/zohocrm-nodejs-sdk-8.0, json_details.json: users/response_wrapper, users/info, users/users).
export function currentUserBody({ user, location }: CrmOwner) {
  if (!user) return null;
  const [timeZone, , country] = TIME_ZONES[location] ?? TIME_ZONES.us;
  const fullName = `${user.firstName} ${user.lastName}`;
  return {
    users: [
      {
        id: crmId(user.id, "411001"),
        zuid: user.id,
        first_name: user.firstName,
        last_name: user.lastName,
        full_name: fullName,
        name: fullName,
        email: user.email,
        status: "active",
        confirm: true,
        role: { name: "CEO", id: crmId(user.id, "026005") },
        profile: { name: "Administrator", id: crmId(user.id, "026011") },
        locale: "en_US",
        language: "en_US",
        country_locale: country,
        time_zone: timeZone,
        time_format: "HH:mm",
        date_format: "MM/dd/yyyy",
        created_time: "2026-01-15T09:30:00+00:00",
        Modified_Time: "2026-01-15T09:30:00+00:00",
      },
    ],
    info: { per_page: 200, count: 1, page: 1, more_records: false },
  };
}

// GET /crm/v8/org — the Organization API's shape: {org:[{…}]} (json_details.json: org/response_wrapper, org/org).
export function orgBody({ user, orgId, location }: CrmOwner) {
  const [timeZone, currency, countryCode] = TIME_ZONES[location] ?? TIME_ZONES.us;
  return {
    org: [
      {
        id: crmId(orgId, "000001"),
        zgid: orgId,
        company_name: user ? `${user.firstName}'s sandbox company` : `Sandbox organization ${orgId}`,
        primary_email: user?.email ?? null,
        primary_zuid: user?.id ?? null,
        domain_name: `org${orgId}`,
        alias: null,
        time_zone: timeZone,
        currency,
        iso_code: currency,
        currency_symbol: CURRENCY_SYMBOLS[currency] ?? currency,
        currency_locale: "en_US",
        country_code: countryCode,
        type: "production",
        mc_status: false,
        gapps_enabled: false,
        translation_enabled: false,
        privacy_settings: false,
        hipaa_compliance_enabled: false,
        lite_users_enabled: false,
        max_per_page: 200,
      },
    ],
  };
}
