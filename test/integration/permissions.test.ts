import { beforeAll, describe, expect, inject, it } from "vitest";
import { findForm, submitForm, type HtmlForm } from "./forms";
import { Session } from "./session";

// The role → permission table, checked from the outside: every page and every server action, as every
// role, over HTTP. A refused action must be refused by the server, not only hidden by the UI.
const seeded = inject("seeded");
const w = `/w/${seeded.slug}`;
const matrix = `${w}/clients/${seeded.matrixClientId}`;
type Who = "OWNER" | "ADMIN" | "DEVELOPER" | "VIEWER" | "OUTSIDER";
const sessions = {} as Record<Who, Session>;
const ALL: Who[] = ["OWNER", "ADMIN", "DEVELOPER", "VIEWER", "OUTSIDER"];

beforeAll(async () => {
  sessions.OWNER = await new Session().signIn(seeded.email, seeded.password);
  sessions.OUTSIDER = await new Session().signIn(seeded.other.email, seeded.password);
  for (const role of ["ADMIN", "DEVELOPER", "VIEWER"] as const)
    sessions[role] = await new Session().signIn(seeded.members[role].email, seeded.password);
});

const allowed = (...who: Who[]) => Object.fromEntries(ALL.map((r) => [r, who.includes(r)])) as Record<Who, boolean>;
const MEMBERS = allowed("OWNER", "ADMIN", "DEVELOPER", "VIEWER");
const DEVELOPERS = allowed("OWNER", "ADMIN", "DEVELOPER");
const ADMINS = allowed("OWNER", "ADMIN");
const OWNERS = allowed("OWNER");

describe("pages", () => {
  const pages: [string, Record<Who, boolean>][] = [
    [w, MEMBERS],
    [`${w}/clients`, MEMBERS],
    [`${w}/clients/${seeded.clientId}`, MEMBERS],
    [`${w}/clients/new`, ADMINS],
    [`${w}/authorize`, DEVELOPERS],
    [`${w}/callbacks`, MEMBERS],
    [`${w}/grants`, MEMBERS],
    [`${w}/grants/inventory`, MEMBERS],
    [`${w}/grants/bulk`, MEMBERS],
    [`${w}/grants/self-client`, DEVELOPERS],
    [`${w}/reviews`, MEMBERS],
    [`${w}/reviews/new`, ADMINS],
    [`${w}/members`, MEMBERS],
    [`${w}/settings`, ADMINS],
    [`${w}/settings/api-keys`, ADMINS],
    [`${w}/settings/webhooks`, ADMINS],
    [`${w}/settings/notifications`, MEMBERS],
    [`${w}/alerts`, MEMBERS],
    [`${w}/alerts/latest`, MEMBERS],
    [`${w}/api`, MEMBERS],
    // Another workspace's client, asked for under this workspace: not found, even for its owner.
    [`${w}/clients/${seeded.other.clientId}`, allowed()],
  ];
  for (const [path, expected] of pages) {
    it.each(ALL)(`${path} as %s`, async (who) => {
      const response = await sessions[who].fetch(path);
      expect(response.status).toBe(expected[who] ? 200 : 404);
    });
  }
});

describe("server actions", () => {
  // [form name, page it is on, harmless input that passes the permission check, who may run it]
  const actions: [string, string, Record<string, string>, Record<Who, boolean>][] = [
    ["create-client", `${w}/clients/new`, { name: "" }, ADMINS],
    ["update-client", `${w}/clients/${seeded.clientId}`, { name: "" }, ADMINS],
    ["archive-client", `${w}/clients/${seeded.other.clientId}`, {}, allowed()],
    ["start-rotation", `${w}/clients/${seeded.clientId}`, { secret: "x" }, ADMINS],
    ["reveal-secret", `${w}/clients/${seeded.clientId}`, { password: "" }, ADMINS],
    ["start-authorization", `${w}/authorize`, { scopes: "" }, DEVELOPERS],
    ["create-invite", `${w}/members`, { email: "not-an-email" }, ADMINS],
    ["change-role", `${w}/members`, { userId: "nobody", role: "VIEWER" }, ADMINS],
    ["remove-member", `${w}/members`, { userId: "nobody" }, ADMINS],
    ["rename-workspace", `${w}/settings`, { name: "x" }, ADMINS],
    ["delete-workspace", `${w}/settings`, { confirmSlug: "wrong" }, OWNERS],
    ["update-limits", `${w}/settings`, { limitCodesPerWindow: "0" }, ADMINS],
    ["revoke-invite", `${w}/members`, {}, ADMINS],
    ["confirm-rotation", matrix, {}, ADMINS],
    ["cancel-rotation", matrix, {}, ADMINS],
    ["set-dc-secret", matrix, { secret: "short" }, ADMINS],
    ["remove-dc-secret", matrix, {}, ADMINS],
    ["archive-client", matrix, {}, ADMINS],
    ["create-api-key", `${w}/settings/api-keys`, { name: "" }, ADMINS],
    ["create-webhook-endpoint", `${w}/settings/webhooks`, { url: "" }, ADMINS],
    // A member's own email choices: every role (nothing ticked = no mail).
    ["update-alert-mail", `${w}/settings/notifications`, { events: "", mode: "IMMEDIATE" }, MEMBERS],
    // The first Revoke button on the page: the seed's spare key (or a newer one api-keys.test.ts left).
    ["revoke-api-key", `${w}/settings/api-keys`, {}, ADMINS],
  ];
  // Every form is read once from its owner's page before any replay changes a page (a confirmed
  // rotation hides "cancel"; an archived client shows "restore").
  const forms = new Map<string, HtmlForm>();
  const ownerPageOf = (page: string) => (page.includes(seeded.other.clientId) ? page.replace(w, `/w/${seeded.other.slug}`) : page);
  beforeAll(async () => {
    const otherOwner = await new Session().signIn(seeded.other.email, seeded.password);
    for (const [name, page] of actions) {
      const ownerPage = ownerPageOf(page);
      const owner = ownerPage === page ? sessions.OWNER : otherOwner;
      forms.set(name, findForm(await (await owner.fetch(ownerPage)).text(), name));
    }
  });
  for (const [name, page, input, expected] of actions) {
    it.each(ALL)(`${name} as %s`, async (who) => {
      // The owner's page holds the form (with the action's id and bound arguments); every role replays it.
      const response = await submitForm(sessions[who], page, forms.get(name)!, input);
      if (expected[who]) expect(response.status, `${name} as ${who}`).not.toBe(404);
      else expect(response.status, `${name} as ${who}`).toBe(404);
      expect(response.status).toBeLessThan(500);
    });
  }
});
