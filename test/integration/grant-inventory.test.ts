import { beforeAll, describe, expect, inject, it } from "vitest";
import { csvCell } from "../../lib/http/csv-cell";
import { decodeHtml, findForm, submitForm } from "./forms";
import { GRANT_COUNT_CAP } from "../../lib/grants/grant-list-filter";
import { INVENTORY_SIZE, LARGE_LIST_SIZE, LARGE_TRAIL_SIZE, WIDE_CLIENTS, inventoryGrant } from "./seed-grant-inventory";
import { Session } from "./session";

// The Grants page as an admin's inventory: server-side filters in the address, keyset pages of 50 with
// the total, over the 120 grants seed-grant-inventory.ts lays out by one rule — so every expected count
// is worked out from that rule, not typed in.
const seeded = inject("seeded");
const { slug, clients, users } = seeded.inventory;
const owner = new Session();
const viewer = new Session();
const base = `/w/${slug}/grants`;
const all = Array.from({ length: INVENTORY_SIZE }, (_, i) => inventoryGrant(i));
type Grant = ReturnType<typeof inventoryGrant>;
const count = (keep: (g: Grant) => boolean) => all.filter(keep).length;
const DAY_MS = 86_400_000;
/** Neither used nor created since `since` (the idle filters' rule). */
const idleSince = (g: Grant, since: number) => (g.lastUsedAt ?? g.createdAt).getTime() < since;

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

/** Every page from `search` on, following "Next 50": the labels in the order shown, and the last page. */
async function pageThrough(search: string): Promise<{ seen: string[]; first: Listed; last: Listed }> {
  const first = await list(owner, search);
  const seen: string[] = [];
  let page = first;
  for (;;) {
    seen.push(...page.labels);
    if (!page.next) return { seen, first, last: page };
    page = await list(owner, page.next.slice(base.length));
  }
}

beforeAll(async () => {
  await owner.signIn(seeded.inventory.email, seeded.password);
  await viewer.signIn(seeded.inventory.viewerEmail, seeded.password);
});

describe("the grant inventory", () => {
  it("pages through all 120 grants, 50 at a time, newest first, each exactly once", async () => {
    const { seen, first } = await pageThrough("");
    expect(first.total).toBe(INVENTORY_SIZE);
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
    // The search's other two columns (trigram indexes, lib/grants/list-grant-page.ts), any case.
    ["a search over the label", "?q=INV-01", (g: Grant) => g.label.startsWith("inv-01")],
    ["a search over the Zoho user", "?q=user3%40inv", (g: Grant) => g.zohoUserEmail === "user3@inventory.test"],
    ["org-wide grants", "?kind=org", (g: Grant) => g.orgWide],
    ["personal grants", "?kind=user", (g: Grant) => !g.orgWide],
    ["grants a given member created", `?creator=${users.viewer}`, (g: Grant) => g.createdBy === "viewer"],
    ["grants used since November", "?usedFrom=2026-11-01", (g: Grant) => (g.lastUsedAt?.getTime() ?? 0) >= Date.UTC(2026, 10, 1)],
    ["grants not used since October", "?idleSince=2026-10-01", (g: Grant) => idleSince(g, Date.UTC(2026, 9, 1))],
    // Relative to today: the stale view's link. (A grant on the boundary could flip while the test runs; none sits within a minute of it.)
    ["grants idle for 120 days", "?idle=120", (g: Grant) => idleSince(g, Date.now() - 120 * DAY_MS)],
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

  it("pages oldest first through each grant exactly once, and a page after another workspace's grant starts over", async () => {
    const { seen } = await pageThrough("?sort=oldest&status=active");
    expect(seen).toEqual(all.filter((g) => g.status === "ACTIVE").map((g) => g.label));
    // A grant of another workspace (seed.ts's "poisoned" one) as the cursor: the first page, nothing of theirs.
    const foreign = seeded.poisoned.accountsServerGrantId;
    expect((await list(owner, `?sort=oldest&after=${foreign}`)).labels.slice(0, 2)).toEqual(["inv-000", "inv-001"]);
  });

  it("sorts oldest first", async () => {
    expect((await list(owner, "?sort=oldest")).labels.slice(0, 3)).toEqual(["inv-000", "inv-001", "inv-002"]);
  });

  // Sorted by the client's name as each grant keeps it (migration 20261202100000_grant_client_name), paged by keyset:
  // each grant once, and the clients in the order their grants came.
  const byClient = async () => {
    const { seen } = await pageThrough("?sort=client");
    expect([...seen].sort()).toEqual(all.map((g) => g.label).sort());
    return seen.map((label) => all.find((g) => g.label === label)!.client);
  };
  const runs = (clientsInOrder: string[]) => clientsInOrder.filter((c, i) => c !== clientsInOrder[i - 1]);

  it("pages by client through each grant exactly once, one client's grants after the other's", async () => {
    expect(runs(await byClient())).toEqual(["alpha", "beta"]);
  });

  it("sorts a renamed client's grants by its new name", async () => {
    const page = `/w/${slug}/clients/${clients.beta}`;
    const rename = async (name: string) => {
      const form = findForm(await (await owner.fetch(page)).text(), "update-client");
      // The seeded client has no redirect URI, which the form requires (it keeps the one given here afterwards).
      const response = await submitForm(owner, page, form, { name, redirectUris: `${inject("baseUrl")}/oauth/callback` });
      expect(response.status).toBeLessThan(400);
      expect(await response.text()).not.toContain("Please correct the highlighted fields");
    };
    await rename("Aardvark Books export");
    try {
      expect(runs(await byClient())).toEqual(["beta", "alpha"]);
      expect((await list(owner, `?sort=client&client=${clients.beta}`)).html).toContain("Aardvark Books export");
    } finally {
      await rename("Beta Books export");
    }
    expect(runs(await byClient())).toEqual(["alpha", "beta"]);
  });

  it("sorts by last use, newest first and never-used last, paging through each grant exactly once", async () => {
    const { seen, first, last } = await pageThrough("?sort=used");
    expect(seen.sort()).toEqual(all.map((g) => g.label).sort());
    const used = first.labels.map((l) => all.find((g) => g.label === l)!.lastUsedAt!.getTime());
    expect(used).toEqual([...used].sort((a, b) => b - a));
    const lastPage = last.labels.map((l) => all.find((g) => g.label === l)!);
    expect(lastPage.every((g) => g.lastUsedAt === null)).toBe(true);
  });

  // The idle filters also bound the creation date (idleSince, list-grant-page.ts). March 1 falls inside the grants'
  // creation days (January to April), so a bound off by a day or a month drops or adds grants; with idle=120 too, by
  // the earlier of the two.
  it("pages newest first through the grants idle by both filters, each exactly once", async () => {
    const idle = (g: Grant) => idleSince(g, Math.min(Date.UTC(2026, 2, 1), Date.now() - 120 * DAY_MS));
    const { seen, first } = await pageThrough("?idleSince=2026-03-01&idle=120");
    expect(first.total).toBe(count(idle));
    expect(seen).toEqual(
      all
        .filter(idle)
        .map((g) => g.label)
        .reverse(),
    );
  });

  it("the stale view sorted by last use: the idle ones only, by last use, never-used last, each once", async () => {
    const stale = (g: Grant) => g.status === "ACTIVE" && idleSince(g, Date.now() - 90 * DAY_MS);
    const { seen, first } = await pageThrough("?status=active&idle=90&sort=used");
    expect(first.total).toBe(count(stale));
    const byUse = (a: Grant, b: Grant) =>
      (b.lastUsedAt?.getTime() ?? -Infinity) - (a.lastUsedAt?.getTime() ?? -Infinity) || (a.label < b.label ? 1 : -1);
    expect(seen).toEqual(
      all
        .filter(stale)
        .sort(byUse)
        .map((g) => g.label),
    );
  });

  it("an address that does not parse is a list, not an error: each bad filter is dropped", async () => {
    for (const search of [
      "?dc=%00",
      `?q=${"x".repeat(10_000)}`,
      "?from=2026-13-45",
      "?status=deleted&env=staging",
      "?after=..%2F..",
      "?sort=random",
      "?idle=0&idle=-3",
      "?idleSince=yesterday&usedFrom=2026-02-30&kind=team&creator=%3Cscript%3E",
    ]) {
      expect((await list(owner, search)).total, search).toBe(INVENTORY_SIZE);
    }
  });

  it("another workspace's client as a filter matches nothing of its grants", async () => {
    const page = await list(owner, `?client=${seeded.clientId}`);
    expect(page.total).toBe(0);
    expect(page.html).toContain("No grant matches these filters");
  });

  // The picker lists the first CLIENT_PICKER_SIZE clients by name; a client's page is the way to the grants of any other.
  it("a client's page links to exactly its grants", async () => {
    const page = decodeHtml(await (await owner.fetch(`/w/${slug}/clients/${clients.beta}`)).text());
    const href = /<a[^>]*href="([^"]+)"[^>]*data-testid="client-grants-link"|data-testid="client-grants-link"[^>]*href="([^"]+)"/.exec(
      page,
    );
    expect(href).not.toBeNull();
    const listed = await list(owner, (href![1] ?? href![2]).slice(base.length));
    expect(listed.total).toBe(count((g) => g.client === "beta"));
    expect(listed.labels.length).toBeGreaterThan(0);
    expect(listed.labels.every((label) => all.find((g) => g.label === label)?.client === "beta")).toBe(true);
  });

  it("past the cap (1,000) the count says so and counts them all on request, on every page it keeps", async () => {
    const large = `/w/${seeded.largeList.slug}/grants`;
    const count = async (search: string) => {
      const response = await owner.fetch(`${large}${search}`);
      expect(response.status).toBe(200);
      const html = decodeHtml(await response.text());
      return { text: /data-testid="grant-count"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1].replace(/<[^>]+>/g, "") ?? "", html };
    };
    const capped = await count("");
    expect(capped.text).toBe(`More than ${GRANT_COUNT_CAP.toLocaleString("en")} grants · showing 50 · Count them all`);
    // Under the cap a filter's count is exact: one grant of the 1,001.
    expect((await count("?q=large-00007")).text).toBe("1 grant match the filters");
    const exact = await count("?count=all");
    expect(exact.text).toBe(`${LARGE_LIST_SIZE.toLocaleString("en")} grants · showing 50`);
    // "Next 50" keeps counting them all; the export and bulk links name the set, not the way it was counted.
    const next = /href="([^"]+)"[^>]*rel="next"|rel="next"[^>]*href="([^"]+)"/.exec(exact.html);
    const nextHref = new URL((next?.[1] ?? next?.[2] ?? "").replace(/&amp;/g, "&"), "http://x");
    expect([nextHref.searchParams.get("count"), nextHref.searchParams.get("after")]).toEqual(["all", "large00050"]);
    expect(exact.html).not.toMatch(/export\?[^"]*count=all/);
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

  it("a label a spreadsheet would run, or that breaks CSV, is exported as csvCell writes it, and read back whole from JSON", async () => {
    const listed = await list(owner, "?q=inv-007");
    const grant = /href="\/w\/[^/]+\/grants\/(c[a-z0-9]{20,})"/.exec(listed.html)![1];
    const page = `/w/${slug}/grants/${grant}`;
    const relabel = (label: string) => submitForm(owner, page, findForm(rawPage, "relabel-grant"), { label });
    const rawPage = await (await owner.fetch(page)).text();
    const hostile = '=HYPERLINK("http://evil.example","inv-007, \"click\"")';
    await relabel(hostile);
    try {
      const csv = (await exported(owner, `?client=${clients.alpha}&format=csv`)).text;
      expect(csv).toContain(`\n${grant},${csvCell(hostile)},`);
      const json = JSON.parse((await exported(owner, `?client=${clients.alpha}&format=json`)).text) as {
        id: string;
        label: string;
        org_wide: unknown;
        created_at: string;
      }[];
      const row = json.find((g) => g.id === grant)!;
      expect(row.label).toBe(hostile);
      expect(typeof row.org_wide).toBe("boolean");
      expect(row.created_at).toBe(all[7].createdAt.toISOString());
    } finally {
      await relabel("inv-007");
    }
    expect((await list(owner, "?q=inv-007")).labels).toEqual(["inv-007"]);
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

  it("past one batch (three, rendered two at a time): every grant once, in id order, in CSV and in JSON", async () => {
    const large = `/w/${seeded.largeList.slug}/grants/export`;
    const ids = Array.from({ length: LARGE_LIST_SIZE }, (_, i) => `large${String(i + 1).padStart(5, "0")}`);
    const csv = await (await owner.fetch(`${large}?format=csv`)).text();
    const [header, ...lines] = csv.trimEnd().split("\n");
    expect(header.startsWith("id,label,")).toBe(true);
    expect(lines.map((l) => l.split(",")[0])).toEqual(ids);
    const json = JSON.parse(await (await owner.fetch(`${large}?format=json`)).text()) as { id: string; label: string }[];
    expect(json.map((g) => g.id)).toEqual(ids);
    expect(json.filter((g) => g.label !== g.id.replace("large", "large-"))).toEqual([]);
  });

  it("the audit trail past two batches exports every event once, in order, in CSV and JSON, and still verifies", async () => {
    const trail = `/w/${seeded.largeList.slug}/audit`;
    const json = (await (await owner.fetch(`${trail}/export?format=json`)).json()) as { seq: number; action: string }[];
    // Other tests' exports of this workspace's grants are audited too; the export itself is, first: it ends the file.
    expect(json.length).toBeGreaterThan(LARGE_TRAIL_SIZE);
    expect(json.map((e) => e.seq)).toEqual(Array.from({ length: json.length }, (_, i) => i + 1));
    expect(json.at(-1)!.action).toBe("audit.exported");
    const csv = await (await owner.fetch(`${trail}/export?format=csv&action=grant.relabelled`)).text();
    const seqs = csv
      .trimEnd()
      .split("\n")
      .slice(1)
      .map((l) => Number(l.split(",")[0]));
    expect(seqs).toEqual(Array.from({ length: LARGE_TRAIL_SIZE }, (_, i) => i + 1));
    const form = findForm(await (await owner.fetch(trail)).text(), "verify-audit");
    expect(decodeHtml(await (await submitForm(owner, trail, form)).text())).toMatch(/Chain intact: [\d,]+ events verified/);
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

describe("the inventory's views", () => {
  const page = `/w/${slug}/grants/inventory`;
  const active = all.filter((g) => g.status === "ACTIVE");
  const raw = async (session: Session, path = page) => {
    const response = await session.fetch(path);
    expect(response.status).toBe(200);
    return response.text();
  };
  const view = async (session: Session) => decodeHtml(await raw(session));

  it("counts the stale grants (no use and no creation in the setting's days) and links to exactly them", async () => {
    const html = await view(owner);
    const stale = active.filter((g) => idleSince(g, Date.now() - 90 * DAY_MS)).length;
    expect(/data-testid="stale-count"[\s\S]*?>([\d,]+) of ([\d,]+) active/.exec(html)!.slice(1, 3)).toEqual([
      String(stale),
      String(active.length),
    ]);
    const link = /data-testid="stale-count"[\s\S]*?href="([^"]+)"/.exec(html)![1];
    expect((await list(owner, link.slice(base.length))).total).toBe(stale);
  });

  it("each scope with how many active grants hold it, most first", async () => {
    const html = await view(owner);
    const rows = [...html.matchAll(/status=active[^"]*"[^>]*>([\w.]+)<\/a>[\s\S]*?data-testid="scope-count"[^>]*>(\d+)</g)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    const expected = new Map<string, number>();
    for (const g of active) for (const s of g.scopes) expected.set(s, (expected.get(s) ?? 0) + 1);
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(expected));
    expect(rows.map((r) => r[1])).toEqual(rows.map((r) => r[1]).sort((a, b) => Number(b) - Number(a)));
  });

  it("each Zoho user's active personal grants per client, against Zoho's cap (org-wide grants don't count)", async () => {
    const html = await view(owner);
    const cards = new Map(
      [...html.matchAll(/data-testid="zoho-user"[\s\S]*?>(user\d@inventory\.test)<\/a>[\s\S]*?(\d+) across (\d) client/g)].map((m) => [
        m[1],
        [Number(m[2]), Number(m[3])],
      ]),
    );
    expect(cards.size).toBe(7);
    for (let u = 0; u < 7; u++) {
      const mine = active.filter((g) => !g.orgWide && g.zohoUserEmail === `user${u}@inventory.test`);
      expect(cards.get(`user${u}@inventory.test`)).toEqual([mine.length, new Set(mine.map((g) => g.client)).size]);
    }
  });

  it("a user's card lists the 5 clients where they hold the most, and links to the rest (WIDE_CLIENTS clients)", async () => {
    const html = decodeHtml(await raw(owner, `/w/${seeded.wideUser.slug}/grants/inventory`));
    expect(/data-testid="zoho-user"[\s\S]*?wide@inventory\.test<\/a>[\s\S]*?(\d+) across (\d+) clients/.exec(html)!.slice(1, 3)).toEqual([
      String((WIDE_CLIENTS * (WIDE_CLIENTS + 1)) / 2),
      String(WIDE_CLIENTS),
    ]);
    const bars = [...html.matchAll(/data-testid="budget-value"[^>]*>(\d+)/g)].map((m) => Number(m[1]));
    expect(bars).toEqual([7, 6, 5, 4, 3]);
    const more = /<a[^>]*data-testid="zoho-user-more"[^>]*>([^<]+)</.exec(html)!;
    const href = /href="([^"]+)"/.exec(more[0])![1];
    expect(more[1]).toBe("and 2 more clients with fewer");
    expect(href).toContain("user=wide%40inventory.test");
    // The small inventory's users hold grants in 2 clients: no link.
    expect(await view(owner)).not.toContain("zoho-user-more");
  });

  it("the stale threshold is the workspace's: admins change it (audited); bad input is a field error; a viewer reads only", async () => {
    const form = findForm(await raw(owner), "update-stale-days");
    const bad = await (await submitForm(owner, page, form, { staleGrantDays: "0" })).text();
    expect(decodeHtml(bad)).toContain("At least 1 day");
    await submitForm(owner, page, form, { staleGrantDays: "200" });
    const after = await view(owner);
    const stale = active.filter((g) => idleSince(g, Date.now() - 200 * DAY_MS)).length;
    expect(/data-testid="stale-count"[\s\S]*?>([\d,]+) of/.exec(after)![1]).toBe(String(stale));
    expect(after).toContain("in the last 200 days");
    expect(decodeHtml(await (await owner.fetch(`/w/${slug}/audit`)).text())).toContain("Changed after how many idle days a grant is stale");
    const asViewer = await view(viewer);
    expect(asViewer).toContain("in the last 200 days");
    expect(asViewer).not.toContain('data-action="update-stale-days"');
    await submitForm(owner, page, findForm(await raw(owner), "update-stale-days"), { staleGrantDays: "90" });
  });

  it("another workspace's member gets 404", async () => {
    const stranger = await new Session().signIn(seeded.email, seeded.password);
    expect((await stranger.fetch(page)).status).toBe(404);
  });
});
