// The bulk actions' own workspace (grant-bulk.test.ts): grants whose refresh tokens the built-in sandbox
// really issued (rows in its token table), so a bulk revoke revokes them at the sandbox over HTTP.
//  - "Bulk CRM" (production): 120 active grants and 6 revoked ones — the 120-grant revoke;
//  - "Bulk Books" (development): 4 active grants — revoke failing past its retries, then "Retry failed";
//  - "Bulk Desk" (development): 8 active and 2 revoked grants — relabel and add to an API key;
//  - "Bulk Stalled" (development): 3 grants and a revoke run left as a console that died mid-run leaves
//    it (one grant done, one claimed with a lapsed lease, one waiting; the run's lease lapsed) — Resume.
// Members: owner, developer, viewer. API keys: one listing a Desk grant, one for all grants, one revoked.
import { createHash, randomBytes } from "node:crypto";
import { newApiKey } from "../../lib/api-keys/key-format";
import { createKeyring, encrypt } from "../../lib/crypto/envelope";
import type { openDb } from "../../scripts/open-db";

type Db = Awaited<ReturnType<typeof openDb>>["db"];

export type BulkSeed = {
  slug: string;
  emails: Record<"owner" | "developer" | "viewer", string>;
  clients: Record<"crm" | "books" | "desk" | "stalled", string>;
  /** Each client's refresh tokens, active grants first (the sandbox knows them all; the revoked grants' are revoked there too). */
  tokens: Record<"crm" | "books" | "desk" | "stalled", string[]>;
  keys: { some: string; all: string; revoked: string };
  deskFirstGrantId: string;
  stalledRunId: string;
};

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const LAYOUT = {
  crm: { name: "Bulk CRM", env: "PRODUCTION", active: 120, revoked: 6 },
  books: { name: "Bulk Books", env: "DEVELOPMENT", active: 4, revoked: 0 },
  desk: { name: "Bulk Desk", env: "DEVELOPMENT", active: 8, revoked: 2 },
  stalled: { name: "Bulk Stalled", env: "DEVELOPMENT", active: 3, revoked: 0 },
} as const;

export async function seedGrantBulk(
  db: Db,
  { passwordHash, encryptionKey, baseUrl }: { passwordHash: string; encryptionKey: string; baseUrl: string },
): Promise<BulkSeed> {
  const ring = createKeyring(encryptionKey);
  const user = (role: string) => db.user.create({ data: { email: `bulk-${role}@integration.test`, name: `Bulk ${role}`, passwordHash } });
  const [owner, developer, viewer] = [await user("owner"), await user("developer"), await user("viewer")];
  const workspace = await db.workspace.create({
    data: {
      slug: "bulk",
      name: "Bulk",
      memberships: {
        create: [
          { userId: owner.id, role: "OWNER" },
          { userId: developer.id, role: "DEVELOPER" },
          { userId: viewer.id, role: "VIEWER" },
        ],
      },
    },
  });
  const clients = {} as BulkSeed["clients"];
  const tokens = {} as BulkSeed["tokens"];
  let deskFirstGrantId = "";
  const stalledIds: string[] = [];
  for (const [name, layout] of Object.entries(LAYOUT) as [keyof typeof LAYOUT, (typeof LAYOUT)[keyof typeof LAYOUT]][]) {
    const zohoClientId = `1000.${randomBytes(15).toString("hex").toUpperCase()}`;
    const secret = randomBytes(21).toString("hex");
    await db.sandboxClient.create({
      data: {
        clientId: zohoClientId,
        name: layout.name,
        secretHash: sha256(secret),
        redirectUris: [`${baseUrl}/oauth/callback`],
        workspaceId: workspace.id,
      },
    });
    const client = await db.oAuthClient.create({
      data: {
        workspaceId: workspace.id,
        name: layout.name,
        zohoClientId,
        provider: "SANDBOX",
        environment: layout.env,
        homeDc: "us",
        createdById: owner.id,
        secretCipher: encrypt(secret, ring),
        secretLast4: secret.slice(-4),
      },
      select: { id: true },
    });
    clients[name] = client.id;
    tokens[name] = [];
    const count = layout.active + layout.revoked;
    for (let i = 0; i < count; i++) {
      const token = `1000.${randomBytes(16).toString("hex")}.${randomBytes(16).toString("hex")}`;
      const revoked = i >= layout.active;
      await db.sandboxRefreshToken.create({
        data: {
          tokenHash: sha256(token),
          clientId: zohoClientId,
          userId: "10010001",
          location: "us",
          scopes: ["ZohoCRM.modules.ALL"],
          revokedAt: revoked ? new Date() : null,
        },
      });
      const grant = await db.grant.create({
        data: {
          workspaceId: workspace.id,
          clientId: client.id,
          location: "us",
          accountsServer: `${baseUrl}/sandbox/us`,
          apiDomain: `${baseUrl}/sandbox/us/api`,
          scopes: ["ZohoCRM.modules.ALL"],
          zohoUserId: "10010001",
          zohoUserEmail: "ava.carter@sandbox.zoho.test",
          status: revoked ? "REVOKED" : "ACTIVE",
          revokedAt: revoked ? new Date() : null,
          label: `${name}-${String(i).padStart(3, "0")}`,
          createdAt: new Date(Date.UTC(2026, 5, 1, 0, i)),
          createdById: owner.id,
          refreshCipher: encrypt(token, ring),
          refreshLast4: token.slice(-4),
        },
        select: { id: true },
      });
      if (name === "desk" && i === 0) deskFirstGrantId = grant.id;
      if (name === "stalled") stalledIds.push(grant.id);
      tokens[name].push(token);
    }
  }
  const key = async (name: string, grantIds: string[], revokedAt: Date | null = null) => {
    const k = newApiKey();
    const row = await db.apiKey.create({
      data: { workspaceId: workspace.id, name, prefix: k.prefix, hash: k.hash, grantIds, createdById: owner.id, revokedAt },
      select: { id: true },
    });
    return row.id;
  };
  // As a console that died mid-run leaves it: the first grant revoked (at the sandbox too), the second
  // claimed by the dead worker (its lease lapsed), the third waiting; the run's own lease lapsed.
  const past = new Date(Date.now() - 120_000);
  await db.grant.update({ where: { id: stalledIds[0] }, data: { status: "REVOKED", revokedAt: past, revokedById: owner.id } });
  await db.sandboxRefreshToken.update({ where: { tokenHash: sha256(tokens.stalled[0]) }, data: { revokedAt: past } });
  const stalled = await db.bulkRun.create({
    data: {
      workspaceId: workspace.id,
      kind: "REVOKE",
      filter: JSON.stringify({ client: clients.stalled }),
      createdById: owner.id,
      createdAt: past,
      total: 3,
      workerUntil: past,
      items: {
        create: [
          { grantId: stalledIds[0], state: "DONE", attempts: 1, message: "Grant revoked (revoked at Zoho)." },
          { grantId: stalledIds[1], state: "PENDING", attempts: 1, message: "Waiting", leaseUntil: past },
          { grantId: stalledIds[2], state: "PENDING", attempts: 0, message: "Waiting" },
        ],
      },
    },
    select: { id: true },
  });
  return {
    stalledRunId: stalled.id,
    slug: workspace.slug,
    emails: { owner: owner.email, developer: developer.email, viewer: viewer.email },
    clients,
    tokens,
    keys: {
      some: await key("Bulk some grants", [deskFirstGrantId]),
      all: await key("Bulk all grants", []),
      revoked: await key("Bulk revoked key", [deskFirstGrantId], new Date()),
    },
    deskFirstGrantId,
  };
}
