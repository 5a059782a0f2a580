// One of Zoho's data centres as the console knows it (the DataCentre table). `accountsServer` is null
// for a location learned only from the sandbox's serverinfo: usable by sandbox clients, not at Zoho.
export type DataCentre = {
  location: string;
  label: string;
  accountsServer: string | null;
  apiDomain: string | null;
  enabled: boolean;
  source: string;
};

export type ZohoDataCentre = DataCentre & { accountsServer: string; apiDomain: string };

export const atZoho = (dc: DataCentre): dc is ZohoDataCentre => dc.accountsServer !== null && dc.apiDomain !== null;

// Zoho's location codes are short lower-case words ("us", "eu", "ae"): the same rule for serverinfo
// answers, an admin's input and the sandbox's URL segment.
export const LOCATION_PATTERN = /^[a-z]{2,8}$/;

// The sandbox serves every location under one origin: {origin}/sandbox/{location}.
export function sandboxAccountsServer(origin: string, location: string): string {
  return `${origin.replace(/\/$/, "")}/sandbox/${location}`;
}
