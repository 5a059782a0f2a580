import { describe, expect, it } from "vitest";
import { crmOwner } from "./crm-records";
import { seededLeads, SEEDED_LEADS } from "./seeded-leads";

describe("seededLeads", () => {
  const ava = crmOwner("10010001", "us");
  const emma = crmOwner("20020002", "eu");

  it("are the same every time for one user, with CRM's 19-digit ids, unique", () => {
    const leads = seededLeads(ava);
    expect(leads).toEqual(seededLeads(ava));
    expect(leads).toHaveLength(SEEDED_LEADS);
    expect(new Set(leads.map((l) => l.id)).size).toBe(SEEDED_LEADS);
    for (const lead of leads) {
      expect(lead.id).toMatch(/^\d{19}$/);
      expect(lead.Last_Name).toEqual(expect.any(String));
      expect(lead.Email).toMatch(/^[a-z.0-9]+@[a-z]+\.example$/);
      expect(lead.Owner).toMatchObject({ name: "Ava Carter", email: "ava.carter@sandbox.zoho.test" });
    }
  });

  it("differ between two users, ids included", () => {
    const a = seededLeads(ava);
    const b = seededLeads(emma);
    expect(a.map((l) => l.id).some((id) => b.some((l) => l.id === id))).toBe(false);
    expect(a.map((l) => l.Full_Name)).not.toEqual(b.map((l) => l.Full_Name));
  });

  it("a Self Client organization's token has Leads of its own", () => {
    const org = crmOwner("org:ZohoCRM.7001234", "us");
    expect(seededLeads(org)[0].Owner).toMatchObject({ name: "Sandbox organization 7001234", email: null });
  });
});
