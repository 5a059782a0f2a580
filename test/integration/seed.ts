// What the integration suite starts from, written straight to the database before the console
// opens it: an owner, a workspace, a sandbox client registered both at the sandbox and in the
// console, and authorization requests in known states (their raw states are returned).
import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { openDb } from "../../scripts/open-db";
import { newApiKey } from "../../lib/api-keys/key-format";
import { createKeyring, encrypt } from "../../lib/crypto/envelope";
import { seedAuth, type AuthSeed } from "./seed-auth";
import { seedOrgGrants, type OrgGrantsSeed } from "./seed-org-grants";
import { seedApiCalls, type ApiCallsSeed } from "./seed-api-calls";
import { seedSandboxClient } from "./seed-sandbox-client";
import { seedGrantInventory, seedLargeGrantList, seedWideUser, type InventorySeed } from "./seed-grant-inventory";
import { seedAccessReviews, type AccessReviewsSeed } from "./seed-access-reviews";
import { seedGrantBulk, type BulkSeed } from "./seed-grant-bulk";

export type Seeded = {
  email: string;
  password: string;
  slug: string;
  clientId: string;
  zohoClientId: string;
  clientSecret: string;
  redirectUri: string;
  /** An authorization that expired a minute before the suite began (fresh ones: newState in console-authorize.ts). */
  expiredState: string;
  /** A second sandbox client, so the suite stays under Zoho's 10 grant codes per client per 10 minutes. */
  second: { clientId: string; zohoClientId: string };
  other: { email: string; password: string; slug: string; clientId: string };
  members: Record<"ADMIN" | "DEVELOPER" | "VIEWER", { email: string; id: string }>;
  matrixClientId: string;
  /** sandbox-access.test.ts: a developer of a workspace of their own, who floods sandbox registration (and is then limited). */
  sandboxFlooder: { email: string; slug: string };
  /** An API key of the integration workspace, for all its grants. */
  apiKey: string;
  /** An API key of the integration workspace that expired a minute before the suite started. */
  expiredApiKey: string;
  /** A workspace of its own whose grants point at a listener on `port` (as a forged callback once stored them). */
  poisoned: { email: string; slug: string; port: number; apiKey: string; accountsServerGrantId: string; apiDomainGrantId: string };
  /** The sign-in and session tests' own workspace and people (seed-auth.ts). */
  auth: AuthSeed;
  /** api-calls.test.ts: its own workspace with an EU grant that holds the US api_domain (seed-api-calls.ts). */
  apiCalls: ApiCallsSeed;
  /** grant-inventory.test.ts: a workspace of 120 grants laid out by one rule (seed-grant-inventory.ts). */
  inventory: InventorySeed;
  /** grant-inventory.test.ts: one grant more than the Grants page counts exactly, in a workspace of the inventory's owner. */
  largeList: { slug: string };
  /** grant-inventory.test.ts: a Zoho user holding grants in more clients than the inventory's cards list. */
  wideUser: { slug: string };
  /** access-reviews.test.ts: its own workspace, people and sandbox-issued grants (seed-access-reviews.ts). */
  accessReviews: AccessReviewsSeed;
  /** grant-bulk.test.ts: sandbox-issued grants for bulk revoke, relabel and add to key (seed-grant-bulk.ts). */
  bulk: BulkSeed;
  /** org-grants.test.ts: its own workspace, clients and key (seed-org-grants.ts). */
  orgGrants: OrgGrantsSeed;
};

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const token = () => randomBytes(18).toString("base64url");

type SeedOptions = { databaseUrl: string; encryptionKey: string; baseUrl: string; poisonPort: number };

export async function seedIntegration({ databaseUrl, encryptionKey, baseUrl, poisonPort }: SeedOptions): Promise<Seeded> {
  const { db, close } = await openDb(databaseUrl);
  try {
    const password = "correct horse battery staple";
    const passwordHash = await bcrypt.hash(password, 4);
    const zohoClientId = `1000.${randomBytes(15).toString("hex").toUpperCase()}`;
    const clientSecret = randomBytes(21).toString("hex");
    const redirectUri = `${baseUrl}/oauth/callback`;

    const owner = await db.user.create({ data: { email: "owner@integration.test", name: "Owner", passwordHash } });
    const workspace = await db.workspace.create({
      data: { slug: "integration", name: "Integration", memberships: { create: { userId: owner.id, role: "OWNER" } } },
    });
    const other = await db.user.create({ data: { email: "other@integration.test", name: "Other", passwordHash } });
    const otherWorkspace = await db.workspace.create({
      data: { slug: "elsewhere", name: "Elsewhere", memberships: { create: { userId: other.id, role: "OWNER" } } },
    });

    const members = {} as Seeded["members"];
    for (const role of ["ADMIN", "DEVELOPER", "VIEWER"] as const) {
      const email = `${role.toLowerCase()}@integration.test`;
      const user = await db.user.create({
        data: { email, name: role, passwordHash, memberships: { create: { workspaceId: workspace.id, role } } },
      });
      members[role] = { email, id: user.id };
    }
    const otherClient = await db.oAuthClient.create({
      data: {
        workspaceId: otherWorkspace.id,
        name: "Elsewhere app",
        zohoClientId: "1000.ELSEWHERE0000000000",
        homeDc: "eu",
        createdById: other.id,
        redirectUris: { create: [{ uri: redirectUri }] },
      },
    });
    // The client's own callback path is registered at the sandbox too (flows run outside the console).
    await db.sandboxClient.create({
      data: {
        clientId: zohoClientId,
        name: "Integration app",
        secretHash: sha256(clientSecret),
        redirectUris: [redirectUri, `${baseUrl}/oauth/callback/integration-key`],
        workspaceId: workspace.id,
      },
    });
    const client = await db.oAuthClient.create({
      data: {
        workspaceId: workspace.id,
        name: "Integration app",
        zohoClientId,
        provider: "SANDBOX",
        homeDc: "us",
        createdById: owner.id,
        secretCipher: encrypt(clientSecret, createKeyring(encryptionKey)),
        secretLast4: clientSecret.slice(-4),
        callbackKey: "integration-key",
        redirectUris: { create: [{ uri: redirectUri }] },
      },
    });

    // A second client for the permission matrix's destructive actions (rotation, per-DC secrets, archive).
    const ring = createKeyring(encryptionKey);
    const matrixClient = await db.oAuthClient.create({
      data: {
        workspaceId: workspace.id,
        name: "Matrix app",
        zohoClientId: "1000.MATRIX00000000000000",
        homeDc: "us",
        enabledDcs: ["eu"],
        createdById: owner.id,
        secretCipher: encrypt("matrix-secret-0001", ring),
        secretLast4: "0001",
        pendingSecretCipher: encrypt("matrix-secret-0002", ring),
        pendingSecretLast4: "0002",
        redirectUris: { create: [{ uri: redirectUri }] },
        dcSecrets: { create: [{ location: "eu", secretCipher: encrypt("matrix-secret-eu01", ring), secretLast4: "eu01" }] },
      },
    });
    await db.invite.create({
      data: {
        workspaceId: workspace.id,
        email: "pending@integration.test",
        role: "VIEWER",
        tokenHash: sha256(token()),
        createdById: owner.id,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });

    const second = await seedSandboxClient(db, {
      workspaceId: workspace.id,
      createdById: owner.id,
      name: "Token API app",
      redirectUri,
      ring: createKeyring(encryptionKey),
    });
    const flooder = await db.user.create({ data: { email: "sandbox-flooder@integration.test", name: "Sandbox flooder", passwordHash } });
    const floodWorkspace = await db.workspace.create({
      data: { slug: "sandbox-flood", name: "Sandbox flood", memberships: { create: { userId: flooder.id, role: "DEVELOPER" } } },
    });

    const apiKey = newApiKey();
    await db.apiKey.create({
      data: { workspaceId: workspace.id, name: "Integration services", prefix: apiKey.prefix, hash: apiKey.hash, createdById: owner.id },
    });
    // api-keys.test.ts: an expired key. The permission matrix: a spare key its "revoke-api-key" replay
    // may revoke — created last, so the settings page (newest first) shows its Revoke button first.
    const expiredKey = newApiKey();
    await db.apiKey.create({
      data: {
        workspaceId: workspace.id,
        name: "Expired key",
        prefix: expiredKey.prefix,
        hash: expiredKey.hash,
        createdById: owner.id,
        expiresAt: new Date(Date.now() - 60_000),
      },
    });
    const spareKey = newApiKey();
    await db.apiKey.create({
      data: {
        workspaceId: workspace.id,
        name: "Spare key (permission matrix)",
        prefix: spareKey.prefix,
        hash: spareKey.hash,
        createdById: owner.id,
      },
    });

    const request = (state: string, expiresAt: Date) => ({
      workspaceId: workspace.id,
      clientId: client.id,
      userId: owner.id,
      stateHash: sha256(state),
      dc: "us",
      redirectUri,
      scopes: ["AaaServer.profile.READ", "ZohoCRM.modules.ALL"],
      accessType: "offline",
      prompt: "consent",
      expiresAt,
    });
    const expiredState = token();
    await db.authRequest.create({ data: request(expiredState, new Date(Date.now() - 60_000)) });
    const inventory = await seedGrantInventory(db, { passwordHash, encryptionKey });
    const poisoned = await seedPoisonedGrants(db, { passwordHash, ring, baseUrl, poisonPort });
    return {
      poisoned,
      email: owner.email,
      password,
      slug: workspace.slug,
      clientId: client.id,
      zohoClientId,
      clientSecret,
      redirectUri,
      expiredState,
      other: { email: other.email, password, slug: otherWorkspace.slug, clientId: otherClient.id },
      members,
      matrixClientId: matrixClient.id,
      apiKey: apiKey.key,
      expiredApiKey: expiredKey.key,
      second: { clientId: second.id, zohoClientId: second.zohoClientId },
      sandboxFlooder: { email: flooder.email, slug: floodWorkspace.slug },
      auth: await seedAuth(db, encryptionKey),
      orgGrants: await seedOrgGrants(db, { passwordHash, encryptionKey, redirectUri }),
      apiCalls: await seedApiCalls(db, { passwordHash, encryptionKey, redirectUri, baseUrl }),
      inventory,
      largeList: await seedLargeGrantList(db, { ownerEmail: inventory.email, encryptionKey }),
      wideUser: await seedWideUser(db, { ownerEmail: inventory.email, encryptionKey }),
      accessReviews: await seedAccessReviews(db, { passwordHash, encryptionKey, redirectUri, baseUrl }),
      bulk: await seedGrantBulk(db, { passwordHash, encryptionKey, baseUrl }),
    };
  } finally {
    await close();
  }
}

// Rows as the forged-Host callback of issue 11 stored them: one grant whose accounts server is a
// listener of the test's, one whose api_domain is. Nothing may ever be sent there, nor handed out.
async function seedPoisonedGrants(
  db: Awaited<ReturnType<typeof openDb>>["db"],
  {
    passwordHash,
    ring,
    baseUrl,
    poisonPort,
  }: { passwordHash: string; ring: ReturnType<typeof createKeyring>; baseUrl: string; poisonPort: number },
): Promise<Seeded["poisoned"]> {
  const evil = `http://127.0.0.1:${poisonPort}`;
  const user = await db.user.create({ data: { email: "poisoned@integration.test", name: "Poisoned", passwordHash } });
  const workspace = await db.workspace.create({
    data: { slug: "poisoned", name: "Poisoned", memberships: { create: { userId: user.id, role: "OWNER" } } },
  });
  const [workspaceId, userId] = [workspace.id, user.id];
  const client = await db.oAuthClient.create({
    data: {
      workspaceId,
      name: "Poisoned app",
      zohoClientId: "1000.POISONED00000000000",
      provider: "SANDBOX",
      homeDc: "us",
      createdById: userId,
      secretCipher: encrypt("poisoned-client-secret", ring),
      secretLast4: "cret",
    },
  });
  const grant = (accountsServer: string, apiDomain: string, label: string) =>
    db.grant.create({
      data: {
        workspaceId,
        clientId: client.id,
        location: "us",
        accountsServer,
        apiDomain,
        scopes: ["ZohoCRM.modules.ALL"],
        label,
        createdById: userId,
        refreshCipher: encrypt("1000.poisoned-refresh-token", ring),
        refreshLast4: "oken",
        accessCipher: encrypt("1000.poisoned-access-token", ring),
        accessExpiresAt: new Date(Date.now() + 3_600_000),
        lastRefreshAt: new Date(),
      },
    });
  const byServer = await grant(`${evil}/sandbox/us`, `${evil}/sandbox/us/api`, "poisoned accounts server");
  const byDomain = await grant(`${baseUrl}/sandbox/us`, `${evil}/api`, "poisoned api domain");
  const key = newApiKey();
  await db.apiKey.create({ data: { workspaceId, name: "Poisoned services", prefix: key.prefix, hash: key.hash, createdById: userId } });
  return {
    email: user.email,
    slug: workspace.slug,
    port: poisonPort,
    apiKey: key.key,
    accountsServerGrantId: byServer.id,
    apiDomainGrantId: byDomain.id,
  };
}
