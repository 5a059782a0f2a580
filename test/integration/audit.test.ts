import { beforeAll, describe, expect, inject, it } from "vitest";
import { decodeHtml, findForm, submitForm } from "./forms";
import { Session } from "./session";

// The audit trail from the outside: actions write exactly one event with the right actor and no
// secret; filters, keyset paging and streamed exports; the hash chain verifies, and names tampering.
const seeded = inject("seeded");
const owner = new Session();
const w = `/w/${seeded.slug}`;
const rowsOf = (html: string, action: string) =>
  (html.match(new RegExp(`data-testid="audit-row" data-action="${action.replace(".", "\\.")}"`, "g")) ?? []).length;

beforeAll(async () => {
  await owner.signIn(seeded.email, seeded.password);
});

describe("audit trail", () => {
  it("a change writes exactly one event with its actor; a refused change writes none", async () => {
    const before = await (await owner.fetch(`${w}/audit?action=workspace.renamed`)).text();
    const settings = await (await owner.fetch(`${w}/settings`)).text();
    const form = findForm(settings, "rename-workspace");
    await submitForm(owner, `${w}/settings`, form, { name: "Integration (renamed)" });
    await submitForm(owner, `${w}/settings`, form, { name: "x" }); // too short: refused, no event
    const after = await (await owner.fetch(`${w}/audit?action=workspace.renamed`)).text();
    expect(rowsOf(after, "workspace.renamed")).toBe(rowsOf(before, "workspace.renamed") + 1);
    expect(after).toContain("owner@integration.test");
    expect(after).toContain("Integration (renamed)");
  });

  it("revealing a secret is audited without the secret", async () => {
    const page = `${w}/clients/${seeded.clientId}`;
    const reveal = findForm(await (await owner.fetch(page)).text(), "reveal-secret");
    const answer = await (await submitForm(owner, page, reveal, { password: seeded.password })).text();
    expect(answer).toContain(seeded.clientSecret); // the reveal itself shows it, once
    const audit = await (await owner.fetch(`${w}/audit?action=secret.revealed`)).text();
    expect(rowsOf(audit, "secret.revealed")).toBeGreaterThanOrEqual(1);
    expect(audit).not.toContain(seeded.clientSecret);
  });

  it("filters to one target and exports it, CSV and JSON", async () => {
    const filtered = await (await owner.fetch(`${w}/audit?target=${seeded.clientId}`)).text();
    expect(rowsOf(filtered, "secret.revealed")).toBeGreaterThanOrEqual(1);
    const csv = await owner.fetch(`${w}/audit/export?format=csv&target=${seeded.clientId}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\n");
    expect(lines[0]).toBe("seq,createdAt,actorId,action,targetType,targetId,data,ip,userAgent,hash");
    expect(lines.length - 1).toBe(Number(csv.headers.get("x-total-count")));
    const json = await (await owner.fetch(`${w}/audit/export?format=json`)).json();
    expect(Array.isArray(json)).toBe(true);
    expect(json.every((e: { hash: string }) => /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
    expect(JSON.stringify(json)).not.toContain(seeded.clientSecret);
    const outsider = await new Session().signIn(seeded.other.email, seeded.password);
    expect((await outsider.fetch(`${w}/audit/export?format=csv`)).status).toBe(404);
  });

  it("the chain verifies", async () => {
    const form = findForm(await (await owner.fetch(`${w}/audit`)).text(), "verify-audit");
    const html = decodeHtml(await (await submitForm(owner, `${w}/audit`, form)).text());
    expect(html).toMatch(/Chain intact: [\d,]+ events verified/);
  });
});

// Tampering needs a second connection to the database: PostgreSQL only (PGlite is single-process).
describe.runIf(!!process.env.INTEGRATION_DATABASE_URL)("tampering", () => {
  it("changing one stored event makes verification name it", async () => {
    const { Client } = await import("pg");
    const pg = new Client({ connectionString: process.env.INTEGRATION_DATABASE_URL });
    await pg.connect();
    const { rows } = await pg.query(
      `SELECT e.id, e.seq FROM "AuditEvent" e JOIN "Workspace" w ON w.id = e."workspaceId" WHERE w.slug = $1 ORDER BY e.seq LIMIT 1`,
      [seeded.slug],
    );
    // The application cannot: the table refuses updates. Someone who owns the database can switch that off.
    await expect(pg.query(`UPDATE "AuditEvent" SET data = '{"forged":true}' WHERE id = $1`, [rows[0].id])).rejects.toThrow(/append-only/);
    await pg.query(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
    await pg.query(`UPDATE "AuditEvent" SET data = '{"forged":true}' WHERE id = $1`, [rows[0].id]);
    await pg.query(`ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only"`);
    await pg.end();
    const form = findForm(await (await owner.fetch(`${w}/audit`)).text(), "verify-audit");
    const html = decodeHtml(await (await submitForm(owner, `${w}/audit`, form)).text());
    expect(html).toContain(`Chain broken at event #${rows[0].seq} (${rows[0].id})`);
  });
});
