// Zoho's data centres (shared/zoho-oauth.md). The accounts server for a browser login starts at `us`
// (except China); Zoho then tells us the user's location and accounts server on the redirect.
export type DataCentre = { location: string; label: string; accountsServer: string; apiDomain: string };

export const DATA_CENTRES: readonly DataCentre[] = [
  { location: "us", label: "United States", accountsServer: "https://accounts.zoho.com", apiDomain: "https://www.zohoapis.com" },
  { location: "eu", label: "Europe", accountsServer: "https://accounts.zoho.eu", apiDomain: "https://www.zohoapis.eu" },
  { location: "in", label: "India", accountsServer: "https://accounts.zoho.in", apiDomain: "https://www.zohoapis.in" },
  { location: "au", label: "Australia", accountsServer: "https://accounts.zoho.com.au", apiDomain: "https://www.zohoapis.com.au" },
  { location: "jp", label: "Japan", accountsServer: "https://accounts.zoho.jp", apiDomain: "https://www.zohoapis.jp" },
  { location: "ca", label: "Canada", accountsServer: "https://accounts.zohocloud.ca", apiDomain: "https://www.zohoapis.ca" },
  { location: "sa", label: "Saudi Arabia", accountsServer: "https://accounts.zoho.sa", apiDomain: "https://www.zohoapis.sa" },
  { location: "uk", label: "United Kingdom", accountsServer: "https://accounts.zoho.uk", apiDomain: "https://www.zohoapis.uk" },
  { location: "cn", label: "China", accountsServer: "https://accounts.zoho.com.cn", apiDomain: "https://www.zohoapis.com.cn" },
];

export const LOCATIONS = DATA_CENTRES.map((dc) => dc.location);

export function dataCentre(location: string): DataCentre | undefined {
  return DATA_CENTRES.find((dc) => dc.location === location);
}

// The sandbox serves every location under one origin: {origin}/sandbox/{location}.
export function sandboxAccountsServer(origin: string, location: string): string {
  return `${origin.replace(/\/$/, "")}/sandbox/${location}`;
}
