import { crmId, type CrmOwner } from "./crm-records";

// The Leads every sandbox user's CRM organization starts with: generated from the user's ZUID (or a Self
// Client organization's id), so the same user always sees the same Leads and two users never see each
// other's. 25 of them: enough for several pages at a small per_page. Picklist values are Zoho CRM's
// standard Leads picklists (Lead Status, Lead Source).
export const SEEDED_LEADS = 25;

const FIRST = ["Olivia", "Liam", "Amara", "Mateo", "Sofia", "Kenji", "Ingrid", "Ravi", "Zara", "Lucas", "Mei", "Tomás", "Aisha", "Noah"];
const LAST = ["Nguyen", "Fischer", "Okoye", "Rossi", "Kowalski", "Tanaka", "Haddad", "Silva", "Murphy", "Larsen", "Petrov", "Mensah"];
const COMPANIES = [
  "Zylker",
  "Northwind Traders",
  "Acme Logistics",
  "Blue Harbor",
  "Lumen Labs",
  "Greenfield Farms",
  "Orbit Media",
  "Summit Tools",
];
const STATUSES = ["Not Contacted", "Attempted to Contact", "Contact in Future", "Contacted", "Junk Lead", "Lost Lead", "Pre-Qualified"];
const SOURCES = [
  "Advertisement",
  "Cold Call",
  "Employee Referral",
  "External Referral",
  "Online Store",
  "Partner",
  "Trade Show",
  "Web Research",
];

export type Lead = Record<string, unknown> & { id: string };

/** A small deterministic generator (mulberry32), seeded from the owner's digits. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first 6 digits of every record id of this owner (CRM ids are 19 digits); the other 13 number its records. */
export const ownerDigits = (owner: CrmOwner) => (owner.user?.id ?? owner.orgId).replace(/\D/g, "").slice(-6).padStart(6, "0");

/** Who a record belongs to and who made it, as CRM answers a user lookup ({name, id, email}). */
export function ownerRef(owner: CrmOwner) {
  const key = owner.user?.id ?? owner.orgId;
  const name = owner.user ? `${owner.user.firstName} ${owner.user.lastName}` : `Sandbox organization ${owner.orgId}`;
  return { name, id: crmId(key, "411001"), email: owner.user?.email ?? null };
}

export function seededLeads(owner: CrmOwner): Lead[] {
  const digits = ownerDigits(owner);
  const next = random(Number(digits));
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const by = ownerRef(owner);
  return Array.from({ length: SEEDED_LEADS }, (_, i) => {
    const first = pick(FIRST);
    const last = pick(LAST);
    const company = pick(COMPANIES);
    const day = String(1 + ((i * 7) % 28)).padStart(2, "0");
    const month = String(1 + (i % 9)).padStart(2, "0");
    const time = `2026-${month}-${day}T${String(8 + (i % 10)).padStart(2, "0")}:15:00+00:00`;
    return {
      id: `${digits}${"0".repeat(10)}${String(i + 1).padStart(3, "0")}`,
      First_Name: first,
      Last_Name: last,
      Full_Name: `${first} ${last}`,
      Email: `${first}.${last}.${i + 1}@${company.replace(/[^A-Za-z]/g, "")}.example`
        .normalize("NFD")
        .replace(/[^ -~]/g, "")
        .toLowerCase(),
      Company: company,
      Phone: `+1 555 01${String(Math.floor(next() * 100)).padStart(2, "0")}`,
      Lead_Status: pick(STATUSES),
      Lead_Source: pick(SOURCES),
      Owner: by,
      Created_By: by,
      Modified_By: by,
      Created_Time: time,
      Modified_Time: time,
    };
  });
}
