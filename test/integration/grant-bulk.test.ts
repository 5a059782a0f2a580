import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { decodeHtml, findForm, submitForm } from "./forms";
import { locationOf, Session } from "./session";

// Bulk actions on the Grants page's filtered selection (issue 16), over grants whose refresh tokens the
// built-in sandbox really issued (seed-grant-bulk.ts): the revoke calls go to the sandbox over HTTP and
// its faults inject Zoho's server errors (HTTP 500; Zoho's revoke page documents only success and 400,
// https://www.zoho.com/accounts/protocol/oauth/revoke-refresh-token.html). The test never runs a
// browser's JavaScript: the runs go on in the server while it only reads the run page.
const seeded = inject("seeded");
const bulk = seeded.bulk;
const w = `/w/${bulk.slug}`;
const owner = new Session();
const developer = new Session();
const viewer = new Session();
const outsider = new Session();

const faults = async (body: object) => {
  const res = await owner.fetch(`/sandbox/control?workspace=${bulk.slug}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return res.json();
};
const html = async (session: Session, path: string) => {
  const res = await session.fetch(path);
  const raw = await res.text();
  return { status: res.status, html: decodeHtml(raw), raw };
};
const bulkPage = (search: string) => `${w}/grants/bulk${search}`;

/** Submits a bulk form from the page `path` as `session` (the owner's form, replayed) and returns the answer. */
async function submit(session: Session, path: string, name: string, values: Record<string, string> = {}, from: Session = owner) {
  const form = findForm((await html(from, path)).raw, name);
  return submitForm(session, path, form, values);
}

type Run = { state: string; counts: Record<string, number>; items: { state: string; attempts: number; text: string }[]; html: string };
async function readRun(session: Session, runPath: string): Promise<Run> {
  const page = await html(session, runPath);
  expect(page.status).toBe(200);
  const count = (name: string) => Number(new RegExp(`data-count="${name}">([\\d,]+)<`).exec(page.html)?.[1].replace(/,/g, "") ?? NaN);
  const items = page.html
    .split('data-testid="bulk-item"')
    .slice(1)
    .map((chunk) => {
      const text = chunk
        .slice(0, chunk.indexOf("</li>"))
        .replace(/<!-- -->/g, "")
        .replace(/<[^>]+>/g, " ");
      return { state: /data-state="(\w+)"/.exec(chunk)?.[1] ?? "", attempts: Number(/(\d+) attempts/.exec(text)?.[1] ?? 1), text };
    });
  return {
    state: /data-testid="bulk-run-state">([^<]+)</.exec(page.html)?.[1] ?? "",
    counts: { done: count("done"), failed: count("failed"), waiting: count("waiting"), skipped: count("skipped") },
    items,
    html: page.html,
  };
}
async function untilFinished(runPath: string, timeoutMs = 110_000): Promise<Run> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const run = await readRun(owner, runPath);
    if (run.state === "Finished") return run;
    if (Date.now() > deadline) throw new Error(`run not finished: ${run.state} ${JSON.stringify(run.counts)}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}
type AuditEvent = { action: string; targetId: string | null; data: Record<string, unknown> };
const audit = async (action: string): Promise<AuditEvent[]> => (await owner.fetch(`${w}/audit/export?format=json&action=${action}`)).json();
/** Revoke at the sandbox once more: HTTP 400 means the sandbox had revoked the token already. */
const revokeAgain = async (token: string) =>
  (await fetch(`${owner.baseUrl}/sandbox/us/oauth/v2/token/revoke?${new URLSearchParams({ token })}`, { method: "POST" })).status;

beforeAll(async () => {
  await owner.signIn(bulk.emails.owner, seeded.password);
  await developer.signIn(bulk.emails.developer, seeded.password);
  await viewer.signIn(bulk.emails.viewer, seeded.password);
  await outsider.signIn(seeded.other.email, seeded.password);
  await faults({ reset: true });
});
afterAll(() => faults({ reset: true }));

describe("the bulk preview", () => {
  it("shows exactly the filtered grants: the count, how many are active, the filter in words and the newest 50", async () => {
    const { status, html: page } = await html(owner, bulkPage(`?client=${bulk.clients.crm}&sort=oldest&after=x`));
    expect(status).toBe(200);
    expect(page).toMatch(/data-testid="bulk-selection"[^>]*><strong>126 grants<\/strong> \(120 active\) — client Bulk CRM\./);
    expect(page.split('data-testid="bulk-grant"')).toHaveLength(51);
    expect(page).toContain("Showing the newest 50 of 126");
    expect(page).toContain("Type “revoke 120” to confirm");
    expect(page).toContain("6 grants are not active and will be skipped");
  });

  it("an address that does not parse is a selection, not an error: bad filters are dropped; a bad run id is 404", async () => {
    for (const search of ["?client=%00", `?q=${"x".repeat(10_000)}`, "?status=deleted&from=2026-13-45", "?dc=..%2F"]) {
      const { status, html: page } = await html(owner, bulkPage(search));
      expect(status, search).toBe(200);
      expect(page, search).toMatch(/data-testid="bulk-selection"[^>]*><strong>\d+ grants<\/strong>/);
    }
    for (const id of ["%00", "x".repeat(5000), "..%2F..%2Fsettings"])
      expect((await owner.fetch(`${w}/grants/bulk/${id}`)).status).toBe(404);
  });

  it("a hostile form is answered with the form's message, never a 5xx, and starts nothing", async () => {
    const crm = bulkPage(`?client=${bulk.clients.crm}`);
    const answers = [
      await submit(owner, crm, "bulk-revoke", { confirm: "x".repeat(10_000), filter: "\u0000".repeat(100) }),
      await submit(owner, crm, "bulk-relabel", { label: "\u0000".repeat(10_000), filter: "y".repeat(50_000) }),
      await submit(owner, crm, "bulk-add-to-key", { keyId: "\u0000" }),
    ];
    for (const res of answers) expect(res.status).toBe(200);
    expect(await audit("grants.bulk_revoked")).toHaveLength(0);
    expect(await audit("grants.bulk_relabelled")).toHaveLength(0);
  });

  it("another workspace's client as the filter selects nothing, and offers no action", async () => {
    const { html: page } = await html(owner, bulkPage(`?client=${seeded.clientId}`));
    expect(page).toContain("<strong>0 grants</strong>");
    expect(page).not.toContain('data-action="bulk-revoke"');
  });

  it("a viewer sees the selection and no action; a developer may relabel only", async () => {
    const seen = await html(viewer, bulkPage(`?client=${bulk.clients.crm}`));
    expect(seen.html).toContain("<strong>126 grants</strong>");
    expect(seen.html).not.toMatch(/data-action="bulk-(revoke|relabel|add-to-key)"/);
    const dev = (await html(developer, bulkPage(`?client=${bulk.clients.crm}`))).html;
    expect(dev).toContain('data-action="bulk-relabel"');
    expect(dev).not.toMatch(/data-action="bulk-(revoke|add-to-key)"/);
  });
});

describe("bulk revoke", () => {
  const crm = bulkPage(`?client=${bulk.clients.crm}`);

  it("refuses a confirmation that does not name the number of active grants, and revokes nothing", async () => {
    const res = await submit(owner, crm, "bulk-revoke", { confirm: "revoke 126" });
    expect(res.status).toBe(200);
    expect(decodeHtml(await res.text())).toContain("Type “revoke 120” to confirm");
    expect(await audit("grants.bulk_revoked")).toHaveLength(0);
  });

  it.each([
    ["a viewer", viewer],
    ["a developer", developer],
    ["someone of another workspace", outsider],
  ])("%s cannot start one (404), even with the form replayed", async (_, session) => {
    const res = await submit(session, crm, "bulk-revoke", { confirm: "revoke 120" });
    expect(res.status).toBe(404);
  });

  let runPath = "";
  it("revokes 120 grants at the sandbox with 10 Zoho failures injected: each failure retried, all done, every revoke audited and the run once", async () => {
    expect((await faults({ revokeFailures: 10 })).revokeFailures).toBe(10);
    const res = await submit(owner, crm, "bulk-revoke", { confirm: "Revoke 120" });
    expect(res.status).toBe(303);
    runPath = locationOf(res);
    expect(runPath).toMatch(new RegExp(`^${w}/grants/bulk/[a-z0-9]+$`));
    const run = await untilFinished(runPath);
    expect(run.counts).toEqual({ done: 120, failed: 0, waiting: 0, skipped: 6 });
    // Exactly the 10 injected failures were used up, each by a first attempt that was then retried once.
    expect((await (await owner.fetch(`/sandbox/control?workspace=${bulk.slug}`)).json()).revokeFailures).toBe(0);
    const done = run.items.filter((i) => i.state === "DONE");
    expect(done).toHaveLength(120);
    expect(done.filter((i) => i.attempts === 2)).toHaveLength(10);
    expect(done.filter((i) => i.attempts === 1)).toHaveLength(110);
    expect(run.items.filter((i) => i.state === "SKIPPED").every((i) => i.text.includes("Not active (revoked)"))).toBe(true);
    // Revoked at the sandbox for real: a second revoke of each token is Zoho's HTTP 400.
    const statuses = await Promise.all(bulk.tokens.crm.map(revokeAgain));
    expect(statuses.filter((s) => s === 400)).toHaveLength(126);
    const revoked = await audit("grant.revoked");
    expect(revoked).toHaveLength(120);
    const events = await audit("grants.bulk_revoked");
    expect(events).toHaveLength(1);
    expect(events[0].targetId).toBe(runPath.split("/").pop());
    expect(events[0].data).toMatchObject({ selected: 126, done: 120, failed: 0, skipped: 6, finishes: 1 });
    expect(JSON.parse(String(events[0].data.filter))).toEqual({ client: bulk.clients.crm });
    expect((await html(owner, bulkPage(`?client=${bulk.clients.crm}&status=active`))).html).toContain("<strong>0 grants</strong>");
  }, 120_000);

  it("a run page is the workspace's own: another workspace's member gets 404, as does an unknown run", async () => {
    expect((await outsider.fetch(runPath)).status).toBe(404);
    expect((await outsider.fetch(runPath.replace(w, `/w/${seeded.other.slug}`))).status).toBe(404);
    expect((await owner.fetch(`${w}/grants/bulk/not-a-run`)).status).toBe(404);
    const seen = await readRun(viewer, runPath);
    expect(seen.state).toBe("Finished");
    expect(seen.html).not.toContain('data-action="bulk-retry-failed"');
  });

  it("fails a grant after 3 attempts when Zoho keeps failing, says why, and retries the failed ones on request", async () => {
    await faults({ revokeFailures: 100 });
    const books = bulkPage(`?client=${bulk.clients.books}`);
    const res = await submit(owner, books, "bulk-revoke", { confirm: "revoke 4" });
    const path = locationOf(res);
    const failed = await untilFinished(path);
    expect(failed.counts).toEqual({ done: 0, failed: 4, waiting: 0, skipped: 0 });
    for (const item of failed.items) {
      expect(item.attempts).toBe(3);
      expect(item.text).toContain("Zoho could not be reached (HTTP 500)");
    }
    // 4 grants × 3 attempts: exactly 12 failures used.
    expect((await (await owner.fetch(`/sandbox/control?workspace=${bulk.slug}`)).json()).revokeFailures).toBe(88);
    expect((await html(owner, bulkPage(`?client=${bulk.clients.books}&status=active`))).html).toContain("<strong>4 grants</strong>");
    // The retry form's bound run id, tampered: a NUL or an id of nothing is "No such bulk run.", never a 5xx.
    const form = findForm((await html(owner, path)).raw, "bulk-retry-failed");
    const [field, args] = form.fields.find(([f]) => /^\$ACTION_\d+:1$/.test(f))!;
    for (const runId of [`${JSON.parse(args)[1]}\u0000`, "not-a-run"]) {
      const tampered = await submitForm(owner, path, form, { [field]: JSON.stringify([bulk.slug, runId]) });
      expect(tampered.status).toBe(200);
      expect(decodeHtml(await tampered.text())).toContain("No such bulk run.");
    }
    // Zoho is back: "Retry failed" on the run page puts them back to work.
    await faults({ reset: true });
    expect(failed.html).toContain('data-action="bulk-retry-failed"');
    expect((await submit(developer, path, "bulk-retry-failed")).status).toBe(404);
    expect((await submit(owner, path, "bulk-retry-failed")).status).toBe(200);
    const retried = await untilFinished(path);
    expect(retried.counts).toEqual({ done: 4, failed: 0, waiting: 0, skipped: 0 });
    expect(await Promise.all(bulk.tokens.books.map(revokeAgain))).toEqual([400, 400, 400, 400]);
    const runId = path.split("/").pop();
    const finishes = (await audit("grants.bulk_revoked")).filter((e) => e.targetId === runId);
    expect(finishes.map((e) => [e.data.failed, e.data.done, e.data.finishes])).toEqual(
      expect.arrayContaining([
        [4, 0, 1],
        [0, 4, 2],
      ]),
    );
    expect(await audit("grant.revoked")).toHaveLength(124);
  }, 120_000);
});

describe("a run whose console died", () => {
  it("says it stopped, and Resume finishes it in the server: no grant revoked twice", async () => {
    const path = `${w}/grants/bulk/${bulk.stalledRunId}`;
    const before = await readRun(owner, path);
    expect(before.state).toBe("Stopped before the end");
    expect(before.counts).toEqual({ done: 1, failed: 0, waiting: 2, skipped: 0 });
    expect((await submit(viewer, path, "bulk-resume")).status).toBe(404);
    expect((await submit(owner, path, "bulk-resume")).status).toBe(200);
    const after = await untilFinished(path);
    expect(after.counts).toEqual({ done: 3, failed: 0, waiting: 0, skipped: 0 });
    // The grant the dead worker had claimed: its second attempt.
    expect(after.items.map((i) => i.attempts).sort()).toEqual([1, 1, 2]);
    expect(await Promise.all(bulk.tokens.stalled.map(revokeAgain))).toEqual([400, 400, 400]);
    expect((await audit("grant.revoked")).length).toBe(126);
    const [event] = (await audit("grants.bulk_revoked")).filter((e) => e.targetId === bulk.stalledRunId);
    expect(event.data).toMatchObject({ selected: 3, done: 3, failed: 0, finishes: 1 });
    // Finished: nothing to resume any more.
    expect(after.html).not.toContain('data-action="bulk-resume"');
  });
});

describe("bulk relabel", () => {
  const desk = bulkPage(`?client=${bulk.clients.desk}`);

  it("checks the label as a single relabel does, and is refused to a viewer", async () => {
    const res = await submit(developer, desk, "bulk-relabel", { label: "x".repeat(81) }, developer);
    expect(decodeHtml(await res.text())).toContain("At most 80 characters");
    expect((await submit(viewer, desk, "bulk-relabel", { label: "nope" }, developer)).status).toBe(404);
  });

  it("labels every selected grant (revoked ones too), as one audited run", async () => {
    const res = await submit(developer, desk, "bulk-relabel", { label: "desk-reviewed" }, developer);
    expect(res.status).toBe(303);
    const run = await readRun(developer, locationOf(res));
    expect(run.state).toBe("Finished");
    expect(run.counts).toEqual({ done: 10, failed: 0, waiting: 0, skipped: 0 });
    expect((await html(owner, bulkPage(`?q=desk-reviewed`))).html).toContain("<strong>10 grants</strong>");
    const events = await audit("grants.bulk_relabelled");
    expect(events).toHaveLength(1);
    expect(events[0].data).toMatchObject({ label: "desk-reviewed", selected: 10, done: 10, skipped: 0 });
    expect(await audit("grant.relabelled")).toHaveLength(0);
  });
});

describe("bulk add to an API key", () => {
  const desk = bulkPage(`?client=${bulk.clients.desk}`);

  it("adds the active grants to a key's list (a union), skipping revoked ones and those already listed", async () => {
    expect((await submit(developer, desk, "bulk-add-to-key", { keyId: bulk.keys.some })).status).toBe(404);
    const res = await submit(owner, desk, "bulk-add-to-key", { keyId: bulk.keys.some });
    expect(res.status).toBe(303);
    const run = await readRun(owner, locationOf(res));
    expect(run.counts).toEqual({ done: 7, failed: 0, waiting: 0, skipped: 3 });
    expect(run.items.filter((i) => i.text.includes("Already on the key's list"))).toHaveLength(1);
    const [event] = await audit("grants.bulk_added_to_key");
    expect(event.targetId).toBe(bulk.keys.some);
    expect(event.data).toMatchObject({ selected: 10, done: 7, skipped: 3, grantCount: 8 });
  });

  it.each([
    ["a key for all grants (it would be narrowed)", () => bulk.keys.all, "already serves every grant of the workspace"],
    ["a revoked key", () => bulk.keys.revoked, "Pick an API key of this workspace that is not revoked"],
    ["a key of nobody", () => "no-such-key", "Pick an API key of this workspace that is not revoked"],
    ["a key whose list has them all already", () => bulk.keys.some, "Nothing to add"],
  ])("refuses %s and changes nothing", async (_, keyId, words) => {
    const res = await submit(owner, desk, "bulk-add-to-key", { keyId: keyId() });
    expect(res.status).toBe(200);
    expect(decodeHtml(await res.text())).toContain(words);
    expect(await audit("grants.bulk_added_to_key")).toHaveLength(1);
  });
});
