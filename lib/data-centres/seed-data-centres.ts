import type { DataCentre } from "./data-centre";

// The data centres a new install starts with; the DataCentre table is the truth after that (refreshed
// from Zoho's serverinfo, extended by an admin). Sources: Zoho's "Multi DC support" page
// (https://zoho.com/accounts/protocol/oauth/multi-dc.html: accounts servers), WorkDrive's
// (https://www.zoho.com/workdrive/developer/docs/api/v1/getting-started-multi-dc-support.html: API
// domains, incl. UAE) and Bigin's (https://www.bigin.com/developer/docs/apis/multi-dc.html). A row added
// here later reaches existing installs at their next start; an admin's changes are never overwritten.
export const SEED_DATA_CENTRES: readonly DataCentre[] = [
  seed("us", "United States", "https://accounts.zoho.com", "https://www.zohoapis.com"),
  seed("eu", "Europe", "https://accounts.zoho.eu", "https://www.zohoapis.eu"),
  seed("in", "India", "https://accounts.zoho.in", "https://www.zohoapis.in"),
  seed("au", "Australia", "https://accounts.zoho.com.au", "https://www.zohoapis.com.au"),
  seed("jp", "Japan", "https://accounts.zoho.jp", "https://www.zohoapis.jp"),
  seed("ca", "Canada", "https://accounts.zohocloud.ca", "https://www.zohoapis.ca"),
  seed("sa", "Saudi Arabia", "https://accounts.zoho.sa", "https://www.zohoapis.sa"),
  seed("uk", "United Kingdom", "https://accounts.zoho.uk", "https://www.zohoapis.uk"),
  seed("ae", "United Arab Emirates", "https://accounts.zoho.ae", "https://www.zohoapis.ae"),
  seed("cn", "China", "https://accounts.zoho.com.cn", "https://www.zohoapis.com.cn"),
];

function seed(location: string, label: string, accountsServer: string, apiDomain: string): DataCentre {
  return { location, label, accountsServer, apiDomain, enabled: true, source: "seed" };
}
