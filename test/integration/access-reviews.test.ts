import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { setSandboxFaults } from "./sandbox";
import { decodeHtml, findForm, submitForm, type HtmlForm } from "./forms";
import { INVENTORY_SIZE, inventoryGrant } from "./seed-grant-inventory";
import { REVIEW_SEED_SIZE, reviewGrant } from "./seed-access-reviews";
import { locationOf, Session } from "./session";

// Access reviews over HTTP, as people use them: an admin freezes a filtered set of grants, reviewers mark
// each keep or revoke, an admin finishes and the grants marked revoke are revoked — at the built-in sandbox,
// for real (its revoke endpoint; one of them while the sandbox client's workspace has an outage, then
// retried) — and the report says who decided what. Expected figures come from the seeds' layout rules.
const seeded = inject("seeded");
const { slug, faultySlug, people } = seeded.accessReviews;
const w = `/w/${slug}`;
const s = {} as Record<"owner" | "admin" | "developer" | "viewer" | "stranger" | "inventory", Session>;

/** A page: `raw` for its forms (findForm decodes what it reads), `html` decoded and without React's text separators. */
async function page(session: Session, path: string) {
  const response = await session.fetch(path);
  const raw = await response.text();
  return { status: response.status, raw, html: decodeHtml(raw.replaceAll("<!-- -->", "")) };
}

/** Starts a review from /reviews/new?<query> and returns its id (the action redirects to the review). */
async function startReview(session: Session, query: string, values: Record<string, string>) {
  const path = `${w}/reviews/new?${query}`;
  const { raw } = await page(session, path);
  const response = await submitForm(session, path, findForm(raw, "start-review"), values);
  expect(response.status, "start-review redirects").toBe(303);
  return /\/reviews\/([^/?]+)$/.exec(locationOf(response))![1];
}

/** label → item id, from the review page's rows. */
async function itemIds(session: Session, reviewId: string) {
  const { html } = await page(session, `${w}/reviews/${reviewId}`);
  return new Map([...html.matchAll(/data-grant-label="([^"]+)" data-item-id="([^"]+)"/g)].map((m) => [m[1], m[2]]));
}

/** The decide form of one item: its id is among the form's bound arguments. */
function decideForm(html: string, itemId: string): HtmlForm {
  for (const match of html.matchAll(/<form\b[^>]*data-action="decide-review-item"/g)) {
    const rest = html.slice(match.index);
    if (rest.slice(0, rest.indexOf("</form>")).includes(itemId)) return findForm(rest, "decide-review-item");
  }
  throw new Error(`no decide form for ${itemId}`);
}

async function decide(session: Session, reviewId: string, ownerHtml: string, itemId: string, decision: "KEEP" | "REVOKE", note = "") {
  return submitForm(session, `${w}/reviews/${reviewId}`, decideForm(ownerHtml, itemId), { decision, note });
}

/** The report's CSV as objects (a small parser: quoted cells, doubled quotes). */
async function reportCsv(session: Session, reviewId: string) {
  const response = await session.fetch(`${w}/reviews/${reviewId}/report.csv`);
  expect(response.status).toBe(200);
  const text = await response.text();
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) cell += c;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  const [header, ...lines] = rows;
  return { text, rows: lines.map((l) => Object.fromEntries(header.map((h, i) => [h, l[i]]))) };
}

async function auditActions(session: Session) {
  const events = (await (await session.fetch(`${w}/audit/export?format=json`)).json()) as { action: string }[];
  const count = (action: string) => events.filter((e) => e.action === action).length;
  return { count, text: JSON.stringify(events) };
}

const faults = (body: object) => setSandboxFaults(s.owner, faultySlug, body);

const revokedTotal = async () => {
  const { html } = await page(s.owner, `${w}/grants?status=revoked`);
  return Number(/data-testid="grant-count"[^>]*>([\d,]+)/.exec(html)?.[1]);
};

beforeAll(async () => {
  for (const who of ["owner", "admin", "developer", "viewer"] as const)
    s[who] = await new Session().signIn(people[who].email, seeded.password);
  s.stranger = await new Session().signIn(seeded.other.email, seeded.password);
  s.inventory = await new Session().signIn(seeded.inventory.email, seeded.password);
});
afterAll(() => faults({ reset: true }));

describe("who may do what", () => {
  it("viewers and developers read the inventory; only admins open the page that starts a review", async () => {
    for (const who of ["viewer", "developer", "admin", "owner"] as const) expect((await page(s[who], `${w}/grants`)).status).toBe(200);
    for (const who of ["viewer", "developer"] as const)
      expect((await page(s[who], `${w}/reviews/new?env=production`)).status, who).toBe(404);
    expect((await page(s.admin, `${w}/reviews/new?env=production`)).status).toBe(200);
  });

  it("a viewer or developer replaying the start form is refused (404) and starts nothing", async () => {
    const form = findForm((await page(s.owner, `${w}/reviews/new?q=rev-09`)).raw, "start-review");
    for (const who of ["viewer", "developer"] as const) {
      const response = await submitForm(s[who], `${w}/reviews/new`, form, { name: `sneaky ${who}` });
      expect(response.status, who).toBe(404);
    }
    expect((await page(s.owner, `${w}/reviews`)).html).not.toContain("sneaky");
  });

  it("the overview reminds admins that a recurring review's next round is due, and no one else", async () => {
    const owner = await page(s.owner, w);
    expect(owner.html).toMatch(
      /The next round of\s*<a[^>]*href="\/w\/reviews\/reviews\/new\?from=\w+"[^>]*>Last quarter's review<\/a>\s*was due/,
    );
    for (const who of ["developer", "viewer"] as const) expect((await page(s[who], w)).html, who).not.toContain("review-reminder");
  });

  it("the reviews list is every member's, but shows only the reviews they may see", async () => {
    expect((await page(s.viewer, `${w}/reviews`)).status).toBe(200);
    expect((await page(s.stranger, `${w}/reviews`)).status).toBe(404);
  });
});

describe("a review of the inventory's production grants", () => {
  const all = Array.from({ length: INVENTORY_SIZE }, (_, i) => inventoryGrant(i));
  const production = all.filter((g) => g.client === "alpha");
  const covered = production.filter((g) => g.status !== "REVOKED").length;
  let inventoryReview = "";

  it("covers the filtered grants that are not revoked, counted before it starts and frozen when it does", async () => {
    const path = `/w/${seeded.inventory.slug}/reviews/new?env=production&sort=oldest`;
    const { html, raw } = await page(s.inventory, path);
    const covers = /data-testid="review-covers"[\s\S]*?<b>(\d+)<\/b>/.exec(html);
    expect(Number(covers?.[1])).toBe(covered);
    expect(html).toContain(`${production.length - covered} already revoked are left out`);
    const response = await submitForm(s.inventory, path, findForm(raw, "start-review"), { name: "Inventory production" });
    expect(response.status).toBe(303);
    inventoryReview = /\/reviews\/([^/?]+)$/.exec(locationOf(response))![1];
    const review = await page(s.inventory, `/w/${seeded.inventory.slug}/reviews/${inventoryReview}`);
    expect(review.html).toMatch(new RegExp(`<b>${covered}</b> undecided · <b>0</b> keep · <b>0</b> revoke`));
  });

  it("is another workspace's: its id under this workspace, or its pages for a stranger, are 404", async () => {
    for (const path of [
      `${w}/reviews/${inventoryReview}`,
      `${w}/reviews/${inventoryReview}/report`,
      `${w}/reviews/${inventoryReview}/report.csv`,
    ])
      expect((await s.owner.fetch(path)).status, path).toBe(404);
    expect((await s.stranger.fetch(`/w/${seeded.inventory.slug}/reviews/${inventoryReview}`)).status).toBe(404);
  });

  it("reminds its admin on the overview while it is open", async () => {
    const { html } = await page(s.inventory, `/w/${seeded.inventory.slug}`);
    expect(html).toContain('data-testid="review-reminder"');
    expect(html).toMatch(new RegExp(`Inventory production</a>: ${covered} of ${covered} grants left to decide`));
  });
});

describe("a review finished with mixed decisions", () => {
  const grants = Array.from({ length: REVIEW_SEED_SIZE }, (_, i) => reviewGrant(i));
  const inReview = grants.filter((g) => g.production && g.status !== "REVOKED");
  let reviewId = "";
  let ids = new Map<string, string>();
  let ownerHtml = "";
  let revokedBefore = 0;

  beforeAll(async () => {
    revokedBefore = await revokedTotal();
    reviewId = await startReview(s.owner, "env=production", {
      name: "Q3 production grants",
      reviewerIds: people.developer.id,
      recurring: "on",
    });
    ids = await itemIds(s.owner, reviewId);
    ownerHtml = (await page(s.owner, `${w}/reviews/${reviewId}`)).raw;
  });

  it("froze exactly the production grants that are not revoked", () => {
    expect([...ids.keys()].sort()).toEqual(inReview.map((g) => g.label).sort());
  });

  it("a named reviewer (a developer) sees and decides it; a viewer not named gets 404 and changes nothing", async () => {
    expect((await page(s.developer, `${w}/reviews/${reviewId}`)).status).toBe(200);
    expect((await page(s.developer, `${w}/reviews`)).html).toContain("Q3 production grants");
    expect((await page(s.viewer, `${w}/reviews`)).html).not.toContain("Q3 production grants");
    for (const path of [`${w}/reviews/${reviewId}`, `${w}/reviews/${reviewId}/report`, `${w}/reviews/${reviewId}/report.csv`])
      expect((await s.viewer.fetch(path)).status, path).toBe(404);

    expect((await decide(s.owner, reviewId, ownerHtml, ids.get("rev-00")!, "KEEP", "Nightly CRM sync, used daily")).status).toBe(200);
    expect((await decide(s.owner, reviewId, ownerHtml, ids.get("rev-01")!, "REVOKE", "Nobody owns it")).status).toBe(200);
    await decide(s.owner, reviewId, ownerHtml, ids.get("rev-02")!, "REVOKE", "EU team left");
    await decide(s.developer, reviewId, ownerHtml, ids.get("rev-03")!, "KEEP", "Still used by billing");
    await decide(s.developer, reviewId, ownerHtml, ids.get("rev-05")!, "KEEP");
    // A changed mind: each decision is audited, the last one counts.
    await decide(s.developer, reviewId, ownerHtml, ids.get("rev-05")!, "REVOKE", "Online grant, unused");
    await decide(s.developer, reviewId, ownerHtml, ids.get("rev-07")!, "KEEP", "Invalid; owner re-authorizes");
    const refused = await decide(s.viewer, reviewId, ownerHtml, ids.get("rev-04")!, "REVOKE", "not mine to decide");
    expect(refused.status).toBeLessThan(500);

    const { rows } = await reportCsv(s.owner, reviewId);
    const by = new Map(rows.map((r) => [r.label, r]));
    expect(by.get("rev-04")?.decision).toBe("not reviewed");
    expect(by.get("rev-05")).toMatchObject({ decision: "revoke", note: "Online grant, unused", decided_by: people.developer.email });
    expect(by.get("rev-00")).toMatchObject({ decision: "keep", note: "Nightly CRM sync, used daily", decided_by: people.owner.email });
    const review = await page(s.owner, `${w}/reviews/${reviewId}`);
    expect(review.html).toMatch(/<b>1<\/b> undecided · <b>3<\/b> keep · <b>3<\/b> revoke/);
  });

  it("only admins finish: the named developer's replay is refused (404)", async () => {
    const form = findForm(ownerHtml, "finish-review");
    expect((await submitForm(s.developer, `${w}/reviews/${reviewId}`, form, { undecidedKept: "on" })).status).toBe(404);
    expect((await page(s.owner, `${w}/reviews/${reviewId}`)).html).toContain('data-action="finish-review"');
  });

  it("finishing with a grant undecided asks to confirm it is kept", async () => {
    const response = await submitForm(s.admin, `${w}/reviews/${reviewId}`, findForm(ownerHtml, "finish-review"));
    expect(decodeHtml(await response.text())).toContain("1 grant is undecided: confirm that they are kept, or decide them first.");
    expect((await page(s.owner, `${w}/reviews/${reviewId}`)).html).toContain('data-action="finish-review"');
  });

  it("finishing revokes exactly the grants marked revoke — one fails while Zoho is down and is retried", async () => {
    const staleDecide = decideForm(ownerHtml, ids.get("rev-04")!);
    await faults({ outage: true });
    const response = await submitForm(s.admin, `${w}/reviews/${reviewId}`, findForm(ownerHtml, "finish-review"), { undecidedKept: "on" });
    expect(response.status).toBe(200);
    expect((await page(s.owner, `${w}/reviews/${reviewId}`)).html).toMatch(
      /Revoked: 2 of 3\s*marked revoke; kept: 4 \(of which 1 not reviewed\)/,
    );
    let { rows } = await reportCsv(s.owner, reviewId);
    let by = new Map(rows.map((r) => [r.label, r]));
    // rev-01: the sandbox revoked its refresh token; rev-05 had none, so only the console's record changed.
    expect(by.get("rev-01")).toMatchObject({ revoke_ok: "true", revoke_result: expect.stringContaining("revoked at Zoho") });
    expect(by.get("rev-05")).toMatchObject({ revoke_ok: "true", revoke_result: expect.stringContaining("no refresh token") });
    expect(by.get("rev-02")).toMatchObject({ revoke_ok: "false", revoke_result: expect.stringContaining("stays active") });
    for (const label of ["rev-00", "rev-03", "rev-04", "rev-07"]) expect(by.get(label)?.revoke_ok, label).toBe("");
    expect(await revokedTotal()).toBe(revokedBefore + 2);

    // Decisions are final now, even from a form loaded before.
    await submitForm(s.developer, `${w}/reviews/${reviewId}`, staleDecide, { decision: "REVOKE" });
    await faults({ reset: true });
    const review = await page(s.owner, `${w}/reviews/${reviewId}`);
    expect(review.html).toContain("1 grant marked revoke is not revoked yet.");
    expect(review.html).not.toContain('data-action="decide-review-item"');
    const retry = await submitForm(s.admin, `${w}/reviews/${reviewId}`, findForm(review.raw, "retry-review-revokes"));
    expect(retry.status).toBe(200);
    ({ rows } = await reportCsv(s.owner, reviewId));
    by = new Map(rows.map((r) => [r.label, r]));
    expect(by.get("rev-02")).toMatchObject({ revoke_ok: "true", revoke_result: expect.stringContaining("revoked at Zoho") });
    expect(by.get("rev-04")?.decision).toBe("not reviewed");
    expect(await revokedTotal()).toBe(revokedBefore + 3);
  });

  it("the CSV report: one line per grant with decision, note, reviewer, time and evidence — and no token", async () => {
    const { text, rows } = await reportCsv(s.developer, reviewId);
    expect(rows).toHaveLength(inReview.length);
    expect(rows.map((r) => r.decision).sort()).toEqual(["keep", "keep", "keep", "not reviewed", "revoke", "revoke", "revoke"]);
    for (const r of rows) {
      expect(r.client).toMatch(/^Prod CRM/);
      expect(r.grant_created_at).toMatch(/^2026-06-/);
      if (r.decision !== "not reviewed") expect(r.decided_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    expect(rows.find((r) => r.label === "rev-00")?.last_refresh_at).toMatch(/^2026-10-01/);
    expect(text).not.toMatch(/refreshCipher|accessCipher|1000\.[0-9a-f]{32}\./);
  });

  it("the printable report lists the same, for the named reviewer too", async () => {
    const { status, html } = await page(s.developer, `${w}/reviews/${reviewId}/report`);
    expect(status).toBe(200);
    expect(html).toContain("Access review report");
    expect(html).toContain("3 keep · 3 revoke · 1 not reviewed");
    expect([...html.matchAll(/data-testid="report-row"/g)]).toHaveLength(inReview.length);
    expect(html).toContain("revoked: Grant revoked (revoked at Zoho)");
  });

  it("is audited: started, each decision, finished with counts, the retry, and each revoke", async () => {
    const { count, text } = await auditActions(s.owner);
    expect(count("review.started")).toBeGreaterThanOrEqual(1);
    expect(count("review.decided")).toBe(7);
    expect(count("review.finished")).toBe(1);
    expect(count("review.revokes_retried")).toBe(1);
    expect(count("grant.revoked")).toBe(3);
    for (const fact of ['"kept": ?3', '"toRevoke": ?3', '"undecided": ?1']) expect(text).toMatch(new RegExp(fact));
    expect(text).not.toMatch(/1000\.[0-9a-f]{32}\./);
  });

  it("recurs: the next round (same filters and reviewers) starts from the finished one, once", async () => {
    const review = await page(s.owner, `${w}/reviews/${reviewId}`);
    expect(review.html).toContain("The next round is due");
    const next = await page(s.owner, `${w}/reviews/new?from=${reviewId}`);
    expect(next.status).toBe(200);
    expect(next.html).toMatch(/This review covers <b>(\d+)<\/b>/);
    // Three of the seven were revoked: the next round covers the four left.
    expect(/This review covers <b>(\d+)<\/b>/.exec(next.html)?.[1]).toBe("4");
    const response = await submitForm(s.owner, `${w}/reviews/new?from=${reviewId}`, findForm(next.raw, "start-review"));
    expect(response.status).toBe(303);
    expect((await page(s.owner, `${w}/reviews/new?from=${reviewId}`)).status).toBe(404);
    const nextId = /\/reviews\/([^/?]+)$/.exec(locationOf(response))![1];
    expect((await page(s.developer, `${w}/reviews/${nextId}`)).status).toBe(200);
  });

  it("another workspace's member, or this review's id under their workspace, gets 404", async () => {
    expect((await s.stranger.fetch(`${w}/reviews/${reviewId}`)).status).toBe(404);
    expect((await s.stranger.fetch(`/w/${seeded.other.slug}/reviews/${reviewId}`)).status).toBe(404);
    expect((await s.stranger.fetch(`/w/${seeded.other.slug}/reviews/${reviewId}/report.csv`)).status).toBe(404);
  });
});

describe("addresses that do not name a review", () => {
  it.each([
    ["a NUL", "%00"],
    ["5,000 characters", "x".repeat(5000)],
    ["a path", "..%2F.."],
    ["no such id", "nope"],
  ])("%s is a 404, never an error", async (_, junk) => {
    for (const path of [
      `${w}/reviews/${junk}`,
      `${w}/reviews/${junk}/report`,
      `${w}/reviews/${junk}/report.csv`,
      `${w}/reviews/new?from=${junk}`,
    ])
      expect((await s.owner.fetch(path)).status, path.slice(0, 80)).toBe(404);
  });
});

describe("cancelling an open review", () => {
  it("drops it and its decisions, revokes nothing, and is audited", async () => {
    const id = await startReview(s.owner, "q=rev-09", { name: "Throwaway review" });
    const { raw } = await page(s.owner, `${w}/reviews/${id}`);
    const response = await submitForm(s.admin, `${w}/reviews/${id}`, findForm(raw, "cancel-review"));
    expect(response.status).toBe(303);
    expect((await s.owner.fetch(`${w}/reviews/${id}`)).status).toBe(404);
    expect((await auditActions(s.owner)).count("review.cancelled")).toBe(1);
  });
});
