import { beforeAll, describe, expect, inject, it } from "vitest";
import { decodeHtml } from "./forms";
import { INVENTORY_SIZE, inventoryGrant } from "./seed-grant-inventory";
import { Session } from "./session";

// The Grants page as an admin's inventory: server-side filters in the address, keyset pages of 50 with
// the total, over the 120 grants seed-grant-inventory.ts lays out by one rule — so every expected count
// is worked out from that rule, not typed in.
const seeded = inject("seeded");
const { slug, clients } = seeded.inventory;
const owner = new Session();
const viewer = new Session();
const base = `/w/${slug}/grants`;
const all = Array.from({ length: INVENTORY_SIZE }, (_, i) => inventoryGrant(i));
const count = (keep: (g: ReturnType<typeof inventoryGrant>) => boolean) => all.filter(keep).length;

type Listed = { total: number; labels: string[]; next: string | null; html: string };
async function list(session: Session, search: string): Promise<Listed> {
  const response = await session.fetch(`${base}${search}`);
  expect(response.status).toBe(200);
  const html = decodeHtml(await response.text());
  const total = Number(/data-testid="grant-count"[^>]*>([\d,]+)/.exec(html)?.[1].replace(/,/g, "") ?? NaN);
  const labels = [...html.matchAll(/data-testid="grant-row"[\s\S]*?>(inv-\d{3})</g)].map((m) => m[1]);
  const next = /href="([^"]+)"[^>]*rel="next"|rel="next"[^>]*href="([^"]+)"/.exec(html);
  return { total, labels, next: next ? (next[1] ?? next[2]).replace(/&amp;/g, "&") : null, html };
}

beforeAll(async () => {
  await owner.signIn(seeded.inventory.email, seeded.password);
  await viewer.signIn(seeded.inventory.viewerEmail, seeded.password);
});

describe("the grant inventory", () => {
  it("pages through all 120 grants, 50 at a time, newest first, each exactly once", async () => {
    const seen: string[] = [];
    let page = await list(owner, "");
    expect(page.total).toBe(INVENTORY_SIZE);
    for (;;) {
      seen.push(...page.labels);
      if (!page.next) break;
      page = await list(owner, page.next.slice(base.length));
    }
    expect(seen).toEqual(all.map((g) => g.label).reverse());
  });

  it.each([
    ["one client", `?client=${clients.alpha}`, (g: ReturnType<typeof inventoryGrant>) => g.client === "alpha"],
    [
      "a client's grants in one data centre",
      `?client=${clients.alpha}&dc=eu`,
      (g: ReturnType<typeof inventoryGrant>) => g.location === "eu",
    ],
    ["production grants", "?env=production", (g: ReturnType<typeof inventoryGrant>) => g.client === "alpha"],
    ["revoked ones", "?status=revoked", (g: ReturnType<typeof inventoryGrant>) => g.status === "REVOKED"],
    [
      "a Zoho user, any case",
      "?user=USER3@Inventory.test",
      (g: ReturnType<typeof inventoryGrant>) => g.zohoUserEmail === "user3@inventory.test",
    ],
    [
      "who holds ZohoCRM.modules.ALL",
      "?scope=ZohoCRM.modules.ALL",
      (g: ReturnType<typeof inventoryGrant>) => g.scopes.includes("ZohoCRM.modules.ALL"),
    ],
    ["created in February", "?from=2026-02-01&to=2026-02-28", (g: ReturnType<typeof inventoryGrant>) => g.createdAt.getUTCMonth() === 1],
    ["a search over the client's name", "?q=books", (g: ReturnType<typeof inventoryGrant>) => g.client === "beta"],
    [
      "everything at once",
      `?client=${clients.beta}&status=active&scope=ZohoCRM.modules.ALL&user=user2%40inventory.test`,
      (g: ReturnType<typeof inventoryGrant>) =>
        g.client === "beta" &&
        g.status === "ACTIVE" &&
        g.scopes.includes("ZohoCRM.modules.ALL") &&
        g.zohoUserEmail === "user2@inventory.test",
    ],
  ])("filters to %s, counted in full and kept in the address of the next page", async (_, search, keep) => {
    const page = await list(owner, search);
    const expected = count(keep);
    expect(page.total).toBe(expected);
    expect(page.labels).toEqual(
      all
        .filter(keep)
        .map((g) => g.label)
        .reverse()
        .slice(0, 50),
    );
    if (expected > 50) {
      const next = new URL(page.next!, owner.baseUrl).searchParams;
      for (const [name, value] of new URLSearchParams(search)) expect(next.get(name)?.toLowerCase()).toBe(value.toLowerCase());
    } else expect(page.next).toBeNull();
  });

  it("sorts oldest first and by client", async () => {
    expect((await list(owner, "?sort=oldest")).labels.slice(0, 3)).toEqual(["inv-000", "inv-001", "inv-002"]);
    const byClient = await list(owner, "?sort=client");
    expect(byClient.html.indexOf("Alpha CRM sync")).toBeLessThan(byClient.html.indexOf("Beta Books export"));
  });

  it("an address that does not parse is a list, not an error: each bad filter is dropped", async () => {
    for (const search of [
      "?dc=%00",
      `?q=${"x".repeat(10_000)}`,
      "?from=2026-13-45",
      "?status=deleted&env=staging",
      "?after=..%2F..",
      "?sort=random",
    ]) {
      expect((await list(owner, search)).total, search).toBe(INVENTORY_SIZE);
    }
  });

  it("another workspace's client as a filter matches nothing of its grants", async () => {
    const page = await list(owner, `?client=${seeded.clientId}`);
    expect(page.total).toBe(0);
    expect(page.html).toContain("No grant matches these filters");
  });

  it("a viewer reads the inventory too", async () => {
    expect((await list(viewer, "?status=invalid")).total).toBe(count((g) => g.status === "INVALID"));
  });
});

describe("exporting the inventory", () => {
  const exported = async (session: Session, search: string) => {
    const response = await session.fetch(`${base}/export${search}`);
    return { response, text: await response.text() };
  };

  it("CSV: exactly the filtered grants (sort and page aside), one per line, with the count sent first", async () => {
    const keep = (g: ReturnType<typeof inventoryGrant>) => g.client === "alpha" && g.status === "ACTIVE";
    const { response, text } = await exported(owner, `?client=${clients.alpha}&status=active&sort=oldest&after=x&format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`${slug}-grants.csv`);
    expect(Number(response.headers.get("x-total-count"))).toBe(count(keep));
    const [header, ...lines] = text.trimEnd().split("\n");
    expect(header.split(",")).toEqual(
      expect.arrayContaining(["id", "label", "client", "status", "location", "scopes", "refresh_token_last4"]),
    );
    expect(lines).toHaveLength(count(keep));
    const labels = lines.map((l) => l.split(",")[1]).sort();
    expect(labels).toEqual(
      all
        .filter(keep)
        .map((g) => g.label)
        .sort(),
    );
  });

  it("JSON: one grant per line, metadata only — never a token or a ciphertext", async () => {
    const { response, text } = await exported(owner, "?status=revoked&format=json");
    expect(response.headers.get("content-type")).toContain("application/json");
    const grants = JSON.parse(text) as Record<string, unknown>[];
    expect(grants).toHaveLength(count((g) => g.status === "REVOKED"));
    expect(text.split("\n").filter((l) => l.startsWith("{"))).toHaveLength(grants.length);
    expect(text).not.toMatch(/inventory-refresh|refreshCipher|accessCipher|secret/i);
    expect(grants[0]).toMatchObject({
      status: "REVOKED",
      client: expect.any(String),
      refresh_token_last4: expect.stringMatching(/^\d{4}$/),
    });
  });

  it("is audited, with its filter and count", async () => {
    await exported(owner, "?dc=eu&format=csv");
    const audit = decodeHtml(await (await owner.fetch(`/w/${slug}/audit`)).text());
    expect(audit).toContain("Exported grants (CSV or JSON)");
  });

  it("a viewer may export what they may read; a stranger gets 404", async () => {
    expect((await exported(viewer, "?format=csv")).response.status).toBe(200);
    const stranger = await new Session().signIn(seeded.email, seeded.password);
    expect((await exported(stranger, "?format=csv")).response.status).toBe(404);
  });
});
