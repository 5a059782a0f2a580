// What the integration suite starts from, written straight to the database before the console
// opens it: an owner, a workspace, a sandbox client registered both at the sandbox and in the
// console, and authorization requests in known states (their raw states are returned).
import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { openDb } from "../../scripts/open-db";
import { newApiKey } from "../../lib/api-keys/key-format";
import { createKeyring, encrypt } from "../../lib/crypto/envelope";
import { seedAuth, type AuthSeed } from "./seed-auth";

export type Seeded = {
  email: string;
  password: string;
  slug: string;
  clientId: string;
  zohoClientId: string;
  clientSecret: string;
  redirectUri: string;
  states: { fresh: string[]; expired: string; otherUsers: string };
  /** A second sandbox client, so the suite stays under Zoho's 10 grant codes per client per 10 minutes. */
  second: { clientId: string; zohoClientId: string; states: string[] };
  other: { email: string; password: string; slug: string; clientId: string };
  members: Record<"ADMIN" | "DEVELOPER" | "VIEWER", { email: string; id: string }>;
  matrixClientId: string;
  /** An API key of the integration workspace, for all its grants. */
  apiKey: string;
  /** An API key of the integration workspace that expired a minute before the suite started. */
  expiredApiKey: string;
  /** The sign-in and session tests' own workspace and people (seed-auth.ts). */
  auth: AuthSeed;
};

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const token = () => randomBytes(18).toString("base64url");

export async function seedIntegration({ databaseUrl, encryptionKey, baseUrl }: { databaseUrl: string; encryptionKey: string; baseUrl: string }): Promise<Seeded> {
  const { db, close } = await openDb(databaseUrl);
  try {
    const password = "correct horse battery staple";
    const passwordHash = await bcrypt.hash(password, 4);
    const zohoClientId = `1000.${randomBytes(15).toString("hex").toUpperCase()}`;
    const clientSecret = randomBytes(21).toString("hex");
    const redirectUri = `${baseUrl}/oauth/callback`;

    const owner = await db.user.create({ data: { email: "owner@integration.test", name: "Owner", passwordHash } });
    const workspace = await db.workspace.create({ data: { slug: "integration", name: "Integration", memberships: { create: { userId: owner.id, role: "OWNER" } } } });
    const other = await db.user.create({ data: { email: "other@integration.test", name: "Other", passwordHash } });
    const otherWorkspace = await db.workspace.create({ data: { slug: "elsewhere", name: "Elsewhere", memberships: { create: { userId: other.id, role: "OWNER" } } } });

    const members = {} as Seeded["members"];
    for (const role of ["ADMIN", "DEVELOPER", "VIEWER"] as const) {
      const email = `${role.toLowerCase()}@integration.test`;
      const user = await db.user.create({ data: { email, name: role, passwordHash, memberships: { create: { workspaceId: workspace.id, role } } } });
      members[role] = { email, id: user.id };
    }
    const otherClient = await db.oAuthClient.create({
      data: { workspaceId: otherWorkspace.id, name: "Elsewhere app", zohoClientId: "1000.ELSEWHERE0000000000", homeDc: "eu", createdById: other.id, redirectUris: { create: [{ uri: redirectUri }] } },
    });
    // The client's own callback path is registered at the sandbox too (flows run outside the console).
    await db.sandboxClient.create({ data: { clientId: zohoClientId, name: "Integration app", secretHash: sha256(clientSecret), redirectUris: [redirectUri, `${baseUrl}/oauth/callback/integration-key`] } });
    const client = await db.oAuthClient.create({
      data: {
        workspaceId: workspace.id, name: "Integration app", zohoClientId, provider: "SANDBOX", homeDc: "us", createdById: owner.id,
        secretCipher: encrypt(clientSecret, createKeyring(encryptionKey)), secretLast4: clientSecret.slice(-4), callbackKey: "integration-key",
        redirectUris: { create: [{ uri: redirectUri }] },
      },
    });

    // A second client for the permission matrix's destructive actions (rotation, per-DC secrets, archive).
    const ring = createKeyring(encryptionKey);
    const matrixClient = await db.oAuthClient.create({
      data: {
        workspaceId: workspace.id, name: "Matrix app", zohoClientId: "1000.MATRIX00000000000000", homeDc: "us", enabledDcs: ["eu"], createdById: owner.id,
        secretCipher: encrypt("matrix-secret-0001", ring), secretLast4: "0001", pendingSecretCipher: encrypt("matrix-secret-0002", ring), pendingSecretLast4: "0002",
        redirectUris: { create: [{ uri: redirectUri }] }, dcSecrets: { create: [{ location: "eu", secretCipher: encrypt("matrix-secret-eu01", ring), secretLast4: "eu01" }] },
      },
    });
    await db.invite.create({ data: { workspaceId: workspace.id, email: "pending@integration.test", role: "VIEWER", tokenHash: sha256(token()), createdById: owner.id, expiresAt: new Date(Date.now() + 86_400_000) } });

    const secondZohoId = `1000.${randomBytes(15).toString("hex").toUpperCase()}`;
    const secondSecret = randomBytes(21).toString("hex");
    await db.sandboxClient.create({ data: { clientId: secondZohoId, name: "Token API app", secretHash: sha256(secondSecret), redirectUris: [redirectUri] } });
    const secondClient = await db.oAuthClient.create({
      data: {
        workspaceId: workspace.id, name: "Token API app", zohoClientId: secondZohoId, provider: "SANDBOX", homeDc: "us", createdById: owner.id,
        secretCipher: encrypt(secondSecret, createKeyring(encryptionKey)), secretLast4: secondSecret.slice(-4), redirectUris: { create: [{ uri: redirectUri }] },
      },
    });
    const secondStates = Array.from({ length: 32 }, token);
    await db.authRequest.createMany({
      data: secondStates.map((state) => ({
        workspaceId: workspace.id, clientId: secondClient.id, userId: owner.id, stateHash: sha256(state), dc: "us", redirectUri,
        scopes: ["AaaServer.profile.READ", "ZohoCRM.modules.ALL"], accessType: "offline", prompt: "consent", expiresAt: new Date(Date.now() + 30 * 60_000),
      })),
    });

    const apiKey = newApiKey();
    await db.apiKey.create({ data: { workspaceId: workspace.id, name: "Integration services", prefix: apiKey.prefix, hash: apiKey.hash, createdById: owner.id } });
    // api-keys.test.ts: an expired key. The permission matrix: a spare key its "revoke-api-key" replay
    // may revoke — created last, so the settings page (newest first) shows its Revoke button first.
    const expiredKey = newApiKey();
    await db.apiKey.create({ data: { workspaceId: workspace.id, name: "Expired key", prefix: expiredKey.prefix, hash: expiredKey.hash, createdById: owner.id, expiresAt: new Date(Date.now() - 60_000) } });
    const spareKey = newApiKey();
    await db.apiKey.create({ data: { workspaceId: workspace.id, name: "Spare key (permission matrix)", prefix: spareKey.prefix, hash: spareKey.hash, createdById: owner.id } });

    const request = (state: string, expiresAt: Date, userId = owner.id) => ({
      workspaceId: workspace.id, clientId: client.id, userId, stateHash: sha256(state), dc: "us", redirectUri,
      scopes: ["AaaServer.profile.READ", "ZohoCRM.modules.ALL"], accessType: "offline", prompt: "consent", expiresAt,
    });
    const inTenMinutes = new Date(Date.now() + 10 * 60_000);
    const fresh = Array.from({ length: 20 }, token);
    const expired = token();
    const otherUsers = token();
    await db.authRequest.createMany({
      data: [
        ...fresh.map((s) => request(s, inTenMinutes)),
        request(expired, new Date(Date.now() - 60_000)),
        request(otherUsers, inTenMinutes, other.id),
      ],
    });
    return {
      email: owner.email, password, slug: workspace.slug, clientId: client.id, zohoClientId, clientSecret, redirectUri,
      states: { fresh, expired, otherUsers },
      other: { email: other.email, password, slug: otherWorkspace.slug, clientId: otherClient.id },
      members,
      matrixClientId: matrixClient.id,
      apiKey: apiKey.key,
      expiredApiKey: expiredKey.key,
      second: { clientId: secondClient.id, zohoClientId: secondZohoId, states: secondStates },
      auth: await seedAuth(db, encryptionKey),
    };
  } finally {
    await close();
  }
}
