// The people who can sign in at the sandbox. Like real Zoho users, each lives in one data centre,
// and the redirect after consent names theirs, whichever accounts server the login started at.
// `noOrg`: the user has a Zoho account but no organization in any Zoho app, so Zoho answers
// error=no_org when they are asked to consent to CRM, Desk, Bigin… scopes (zoho-services.ts).
export type SandboxUser = { id: string; email: string; firstName: string; lastName: string; location: string; noOrg?: true };

export const SANDBOX_USERS: readonly SandboxUser[] = [
  { id: "10010001", email: "ava.carter@sandbox.zoho.test", firstName: "Ava", lastName: "Carter", location: "us" },
  { id: "20020002", email: "emma.schmidt@sandbox.zoho.test", firstName: "Emma", lastName: "Schmidt", location: "eu" },
  { id: "30030003", email: "priya.raman@sandbox.zoho.test", firstName: "Priya", lastName: "Raman", location: "in" },
  { id: "40040004", email: "jack.wilson@sandbox.zoho.test", firstName: "Jack", lastName: "Wilson", location: "au" },
  { id: "50050005", email: "haruto.sato@sandbox.zoho.test", firstName: "Haruto", lastName: "Sato", location: "jp" },
  { id: "60060006", email: "chloe.tremblay@sandbox.zoho.test", firstName: "Chloé", lastName: "Tremblay", location: "ca" },
  { id: "70070007", email: "oliver.hughes@sandbox.zoho.test", firstName: "Oliver", lastName: "Hughes", location: "uk" },
  { id: "80080008", email: "noura.alharbi@sandbox.zoho.test", firstName: "Noura", lastName: "Alharbi", location: "sa" },
  { id: "90090009", email: "li.wei@sandbox.zoho.test", firstName: "Li", lastName: "Wei", location: "cn" },
  { id: "11011011", email: "fatima.almansoori@sandbox.zoho.test", firstName: "Fatima", lastName: "Al Mansoori", location: "ae" },
  { id: "10010010", email: "sam.noorg@sandbox.zoho.test", firstName: "Sam", lastName: "Okafor", location: "us", noOrg: true },
];

export const sandboxUser = (id: string) => SANDBOX_USERS.find((u) => u.id === id);

/** Who can sign in at an accounts server: China is separate (its logins start and stay there). */
export function usersAt(location: string): SandboxUser[] {
  return SANDBOX_USERS.filter((u) => (location === "cn") === (u.location === "cn"));
}

export const displayName = (u: SandboxUser) => `${u.firstName} ${u.lastName}`;

/** "Emma Schmidt (emma.schmidt@sandbox.zoho.test) — EU", and "no organization" for such a user. */
export const userLabel = (u: SandboxUser) =>
  `${displayName(u)} (${u.email}) — ${u.location.toUpperCase()}${u.noOrg ? ", no organization in any Zoho app" : ""}`;
