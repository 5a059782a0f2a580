import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checked, decodeHtml, findForm, submitForm } from "./forms";
import { ownGrant, pressOnGrant } from "./own-grant";
import { OwnConsole } from "./own-console";
import { Session } from "./session";

// The bell (issue 17), on a console of its own with no mail server: a grant revoked through the console
// (which emits grant.revoked) is unread for every member of the workspace — viewers too — until each marks
// it read; "Mark all read" is per member. And without SMTP_URL the notifications page says so.
let own: OwnConsole;
let w = "";
const as = {} as Record<"owner" | "admin" | "viewer" | "outsider", Session>;

beforeAll(async () => {
  own = await OwnConsole.create("alerts-bell");
  await own.start();
  w = `/w/${own.seeded.slug}`;
  as.owner = await new Session(own.baseUrl).signIn(own.seeded.email, own.seeded.password);
  as.admin = await new Session(own.baseUrl).signIn(own.seeded.members.ADMIN.email, own.seeded.password);
  as.viewer = await new Session(own.baseUrl).signIn(own.seeded.members.VIEWER.email, own.seeded.password);
  as.outsider = await new Session(own.baseUrl).signIn(own.seeded.other.email, own.seeded.password);
}, 120_000);

afterAll(async () => {
  await own?.remove();
});

/** The count in the header's bell, as the layout rendered it on `page`. */
async function bellCount(session: Session, page = w): Promise<number> {
  const html = await (await session.fetch(page)).text();
  const count = /data-testid="alert-bell" data-unread="(\d+)"/.exec(html)?.[1];
  if (count === undefined) throw new Error(`no bell on ${page}`);
  return Number(count);
}

type Feed = {
  unread: number;
  alerts: { id: string; type: string; title: string; subject: string | null; path: string; unread: boolean }[];
};
const latest = async (session: Session): Promise<Feed> => {
  const res = await session.fetch(`${w}/alerts/latest`);
  expect(res.status).toBe(200);
  return res.json();
};

let grantId = "";

describe("the bell", () => {
  it("a grant revoked in the console is one more unread alert for every member, viewers too", async () => {
    const before = { owner: await bellCount(as.owner), admin: await bellCount(as.admin), viewer: await bellCount(as.viewer) };
    grantId = await ownGrant(own, as.owner, own.seeded.second, "emma.schmidt@sandbox.zoho.test");
    expect(await bellCount(as.owner)).toBe(before.owner);
    await pressOnGrant(own, as.owner, grantId, "revoke-grant");
    // On any page of the workspace (the header is the layout's).
    expect(await bellCount(as.owner, `${w}/clients`)).toBe(before.owner + 1);
    expect(await bellCount(as.admin)).toBe(before.admin + 1);
    expect(await bellCount(as.viewer, `${w}/grants`)).toBe(before.viewer + 1);
  });

  it("opening it lists the alert first, unread, with its label, linking to the grant's page (a path, no origin)", async () => {
    const feed = await latest(as.viewer);
    expect(feed.unread).toBeGreaterThanOrEqual(1);
    expect(feed.alerts[0]).toMatchObject({ type: "grant.revoked", title: "Grant revoked", path: `${w}/grants/${grantId}`, unread: true });
    expect(feed.alerts[0].subject).toBeTruthy();
    expect(JSON.stringify(feed)).not.toContain(own.seeded.clientSecret);
    const page = decodeHtml(await (await as.viewer.fetch(`${w}/alerts`)).text());
    expect(page).toContain(`href="${w}/grants/${grantId}"`);
    expect(page).toContain('data-alert-type="grant.revoked" data-unread="true"');
  });

  it('"Mark all read" clears it for that member only', async () => {
    const page = `${w}/alerts`;
    const res = await submitForm(as.owner, page, findForm(await (await as.owner.fetch(page)).text(), "mark-alerts-read"));
    expect(res.status).toBe(200);
    expect(await bellCount(as.owner)).toBe(0);
    const feed = await latest(as.owner);
    expect(feed.unread).toBe(0);
    expect(feed.alerts.every((a) => !a.unread)).toBe(true);
    // The others still have it unread.
    expect(await bellCount(as.admin)).toBeGreaterThanOrEqual(1);
    expect((await latest(as.viewer)).alerts[0]).toMatchObject({ path: `${w}/grants/${grantId}`, unread: true });
    // A newer alert is unread again for the owner.
    const next = await ownGrant(own, as.owner, own.seeded.second, "priya.raman@sandbox.zoho.test");
    await pressOnGrant(own, as.owner, next, "revoke-grant");
    expect(await bellCount(as.owner)).toBe(1);
    // Marking read from the bell (the action the panel calls, the newest alert shown bound to it).
    const bound = findForm(await (await as.admin.fetch(page)).text(), "mark-alerts-read");
    await submitForm(as.admin, page, bound);
    expect(await bellCount(as.admin)).toBe(0);
    expect(await bellCount(as.owner)).toBe(1);
  });

  it("another workspace's member gets 404, and their own bell has none of it", async () => {
    for (const path of [`${w}/alerts`, `${w}/alerts/latest`, `${w}/settings/notifications`])
      expect((await as.outsider.fetch(path)).status, path).toBe(404);
    const theirs = await as.outsider.fetch(`/w/${own.seeded.other.slug}/alerts/latest`);
    expect(JSON.stringify(await theirs.json())).not.toContain(grantId);
  });
});

describe("email without a mail server", () => {
  it("the notifications page says SMTP is not configured, and saving turns nothing on", async () => {
    const page = `${w}/settings/notifications`;
    const raw = await (await as.viewer.fetch(page)).text();
    const html = decodeHtml(raw);
    expect(html).toContain('data-testid="smtp-missing"');
    expect(html).toContain("Email is not set up on this console.");
    expect(html).toContain("SMTP_URL");
    const res = await submitForm(as.viewer, page, findForm(raw, "update-alert-mail"), { events: "grant.revoked", mode: "IMMEDIATE" });
    expect(decodeHtml(await res.text())).toContain("This console has no mail server (SMTP_URL is not set)");
    expect(decodeHtml(await (await as.viewer.fetch(page)).text())).not.toMatch(checked("grant.revoked"));
  });
});
