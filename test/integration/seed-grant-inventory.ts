// The grant inventory's own workspace (grant-inventory.test.ts): two clients and 120 grants that differ in
// every way the Grants page filters by — client, environment, data centre, status, Zoho user, scope, day
// created, who created it, org-wide or personal, and when it was last used — laid out by one rule (`inventoryGrant`) that the test also uses to know what to expect.
// Stored grants of real Zoho clients: the list reads metadata only, nothing calls Zoho.
import { AUDIT_EXPORT_BATCH } from "../../lib/audit/audit-filter";
import { auditHash } from "../../lib/audit/audit-hash";
import { createKeyring, encrypt } from "../../lib/crypto/envelope";
import { GRANT_COUNT_CAP, GRANT_EXPORT_BATCH } from "../../lib/grants/grant-list-filter";
import type { openDb } from "../../scripts/open-db";

type Db = Awaited<ReturnType<typeof openDb>>["db"];

export const INVENTORY_SIZE = 120;
export type InventorySeed = {
  email: string;
  slug: string;
  viewerEmail: string;
  clients: { alpha: string; beta: string };
  users: { owner: string; viewer: string };
};

/** Grant i of the inventory: Alpha (production) holds 0–69, Beta (development) 70–119. */
export function inventoryGrant(i: number) {
  const alpha = i < 70;
  return {
    client: alpha ? ("alpha" as const) : ("beta" as const),
    location: alpha && i < 40 ? "eu" : "us",
    status: i % 15 === 14 ? ("INVALID" as const) : i % 10 === 9 ? ("REVOKED" as const) : ("ACTIVE" as const),
    zohoUserEmail: `user${i % 7}@inventory.test`,
    scopes: i % 2 === 0 ? ["ZohoCRM.modules.ALL"] : ["ZohoBooks.fullaccess.all", "AaaServer.profile.READ"],
    createdAt: new Date(Date.UTC(2026, 0, 1 + i, 12)),
    label: `inv-${String(i).padStart(3, "0")}`,
    // A third used in November (through the console), a third in June (through the runner), a third never.
    lastUsedAt:
      i % 3 === 0 ? new Date(Date.UTC(2026, 10, 1 + (i % 28), 9)) : i % 3 === 2 ? new Date(Date.UTC(2026, 5, 1 + (i % 28), 9)) : null,
    lastUsedVia: i % 3 === 0 ? "console" : i % 3 === 2 ? "runner" : null,
    orgWide: i % 11 === 0,
    createdBy: i % 8 === 5 ? ("viewer" as const) : ("owner" as const),
  };
}

export async function seedGrantInventory(
  db: Db,
  { passwordHash, encryptionKey }: { passwordHash: string; encryptionKey: string },
): Promise<InventorySeed> {
  const ring = createKeyring(encryptionKey);
  const owner = await db.user.create({ data: { email: "inventory-owner@integration.test", name: "Inventory owner", passwordHash } });
  const viewer = await db.user.create({ data: { email: "inventory-viewer@integration.test", name: "Inventory viewer", passwordHash } });
  const workspace = await db.workspace.create({
    data: {
      slug: "inventory",
      name: "Inventory",
      memberships: {
        create: [
          { userId: owner.id, role: "OWNER" },
          { userId: viewer.id, role: "VIEWER" },
        ],
      },
    },
  });
  const client = (name: string, environment: "PRODUCTION" | "DEVELOPMENT", zohoClientId: string) =>
    db.oAuthClient.create({
      data: {
        workspaceId: workspace.id,
        name,
        zohoClientId,
        environment,
        homeDc: "us",
        createdById: owner.id,
        secretCipher: encrypt("s", ring),
        secretLast4: "s",
      },
      select: { id: true },
    });
  const alpha = await client("Alpha CRM sync", "PRODUCTION", "1000.INVENTORYALPHA0000000");
  const beta = await client("Beta Books export", "DEVELOPMENT", "1000.INVENTORYBETA00000000");
  await db.grant.createMany({
    data: Array.from({ length: INVENTORY_SIZE }, (_, i) => {
      const g = inventoryGrant(i);
      return {
        workspaceId: workspace.id,
        clientId: g.client === "alpha" ? alpha.id : beta.id,
        location: g.location,
        accountsServer: g.location === "eu" ? "https://accounts.zoho.eu" : "https://accounts.zoho.com",
        apiDomain: g.location === "eu" ? "https://www.zohoapis.eu" : "https://www.zohoapis.com",
        scopes: g.scopes,
        status: g.status,
        zohoUserEmail: g.zohoUserEmail,
        zohoUserId: `7${i % 7}`,
        label: g.label,
        createdAt: g.createdAt,
        createdById: g.createdBy === "viewer" ? viewer.id : owner.id,
        lastUsedAt: g.lastUsedAt,
        lastUsedVia: g.lastUsedVia,
        orgWide: g.orgWide,
        refreshCipher: encrypt(`1000.inventory-refresh-${i}`, ring),
        refreshLast4: String(1000 + i).slice(-4),
      };
    }),
  });
  return {
    email: owner.email,
    slug: workspace.slug,
    viewerEmail: viewer.email,
    clients: { alpha: alpha.id, beta: beta.id },
    users: { owner: owner.id, viewer: viewer.id },
  };
}

/**
 * One more than the Grants page counts exactly (GRANT_COUNT_CAP), and than two of the export's batches
 * (GRANT_EXPORT_BATCH, so an export of them all renders three, two at a time): a workspace of the inventory's owner.
 */
export const LARGE_LIST_SIZE = Math.max(GRANT_COUNT_CAP, 2 * GRANT_EXPORT_BATCH) + 1;

/** The "more than 1,000" count and the export in batches: a workspace of LARGE_LIST_SIZE grants, written by one statement (metadata only). */
export async function seedLargeGrantList(db: Db, { ownerEmail, encryptionKey }: { ownerEmail: string; encryptionKey: string }) {
  const owner = await db.user.findUniqueOrThrow({ where: { email: ownerEmail }, select: { id: true } });
  const workspace = await db.workspace.create({
    data: { slug: "inventory-large", name: "Inventory (large)", memberships: { create: { userId: owner.id, role: "OWNER" } } },
  });
  const client = await db.oAuthClient.create({
    data: {
      workspaceId: workspace.id,
      name: "Gamma bulk",
      zohoClientId: "1000.INVENTORYGAMMA0000000",
      environment: "PRODUCTION",
      homeDc: "us",
      createdById: owner.id,
      secretCipher: encrypt("s", createKeyring(encryptionKey)),
      secretLast4: "s",
    },
    select: { id: true },
  });
  await db.$executeRaw`
    INSERT INTO "Grant" ("id", "workspaceId", "clientId", "location", "accountsServer", "apiDomain", "scopes", "label", "createdById", "createdAt")
    SELECT 'large' || lpad(n::text, 5, '0'), ${workspace.id}, ${client.id}, 'us', 'https://accounts.zoho.com', 'https://www.zohoapis.com',
           ARRAY['ZohoCRM.modules.ALL'], 'large-' || lpad(n::text, 5, '0'), ${owner.id}, now() - n * interval '1 minute'
    FROM generate_series(1, ${LARGE_LIST_SIZE}) AS n`;
  await insertAuditTrail(db, workspace.id, owner.id, LARGE_TRAIL_SIZE);
  return { slug: workspace.slug };
}

/** Past two of the audit export's batches (AUDIT_EXPORT_BATCH), so exporting the trail reads three. */
export const LARGE_TRAIL_SIZE = 2 * AUDIT_EXPORT_BATCH + 1;

/** `count` events (the grants relabelled, one by one), hash chained as recordAuditEvent writes them, in one statement. */
async function insertAuditTrail(db: Db, workspaceId: string, actorId: string, count: number) {
  const cols: string[][] = [[], [], [], [], []];
  let prev = "";
  for (let seq = 1; seq <= count; seq++) {
    const event = { workspaceId, seq, actorId, action: "grant.relabelled", targetType: "grant", ip: null, userAgent: null };
    const targetId = `large${String(seq).padStart(5, "0")}`;
    const data = { label: `large-${seq}` };
    const createdAt = new Date(Date.now() - (count - seq) * 1000);
    const hash = auditHash(prev, { ...event, targetId, data, createdAt });
    [targetId, JSON.stringify(data), createdAt.toISOString(), prev, hash].forEach((v, c) => cols[c].push(v));
    prev = hash;
  }
  await db.$executeRaw`
    INSERT INTO "AuditEvent" ("id", "workspaceId", "seq", "actorId", "action", "targetType", "targetId", "data", "createdAt", "prevHash", "hash")
    SELECT 'trail' || n, ${workspaceId}, n::int, ${actorId}, 'grant.relabelled', 'grant', tid, data::jsonb, created::timestamp(3), prev, hash
    FROM unnest(${cols[0]}::text[], ${cols[1]}::text[], ${cols[2]}::text[], ${cols[3]}::text[], ${cols[4]}::text[])
      WITH ORDINALITY AS t(tid, data, created, prev, hash, n)`;
}

/** A Zoho user with personal grants in WIDE_CLIENTS clients, 7 in the first down to 1 in the last. */
export const WIDE_CLIENTS = 7;

/** The inventory's per-user cards show a user's clients with the most: a workspace of the inventory's owner. */
export async function seedWideUser(db: Db, { ownerEmail, encryptionKey }: { ownerEmail: string; encryptionKey: string }) {
  const owner = await db.user.findUniqueOrThrow({ where: { email: ownerEmail }, select: { id: true } });
  const workspace = await db.workspace.create({
    data: { slug: "inventory-wide", name: "Inventory (wide)", memberships: { create: { userId: owner.id, role: "OWNER" } } },
  });
  const secretCipher = encrypt("s", createKeyring(encryptionKey));
  for (let c = 0; c < WIDE_CLIENTS; c++) {
    const client = await db.oAuthClient.create({
      data: {
        workspaceId: workspace.id,
        name: `Wide client ${c + 1}`,
        zohoClientId: `1000.INVENTORYWIDE${String(c).padStart(10, "0")}`,
        environment: "PRODUCTION",
        homeDc: "us",
        createdById: owner.id,
        secretCipher,
        secretLast4: "s",
      },
      select: { id: true },
    });
    await db.grant.createMany({
      data: Array.from({ length: WIDE_CLIENTS - c }, () => ({
        workspaceId: workspace.id,
        clientId: client.id,
        location: "us",
        accountsServer: "https://accounts.zoho.com",
        apiDomain: "https://www.zohoapis.com",
        scopes: ["ZohoCRM.modules.ALL"],
        zohoUserEmail: "wide@inventory.test",
        zohoUserId: "8000",
        createdById: owner.id,
      })),
    });
  }
  return { slug: workspace.slug };
}
