// What each reliability scenario starts from, written straight to its fresh database before a console
// opens it: an owner, a workspace with an API key, and sandbox clients (registered at the sandbox and
// in the console) with pre-made authorization requests whose raw states are returned.
import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { openDb } from "../../scripts/open-db";
import { newApiKey } from "../../lib/api-keys/key-format";
import { createKeyring, encrypt } from "../../lib/crypto/envelope";

export type SeededClient = { id: string; zohoClientId: string; states: string[] };
export type Seeded = {
  email: string;
  password: string;
  slug: string;
  workspaceId: string;
  apiKey: string;
  redirectUri: string;
  clients: Record<string, SeededClient>;
};

/** The owner every scenario signs in as (flows.ts uses it for the sandbox's fault controls, which need a console user). */
export const RELIABILITY_OWNER = { email: "owner@reliability.test", password: "correct horse battery staple" } as const;

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const token = () => randomBytes(18).toString("base64url");

export async function seedReliability({
  databaseUrl,
  encryptionKey,
  origin,
  clients,
}: {
  databaseUrl: string;
  encryptionKey: string;
  origin: string;
  clients: Record<string, number>;
}): Promise<Seeded> {
  const { db, close } = await openDb(databaseUrl);
  try {
    const { email, password } = RELIABILITY_OWNER;
    const owner = await db.user.create({ data: { email, name: "Owner", passwordHash: await bcrypt.hash(password, 4) } });
    // The console's own refresh budget is raised so that Zoho's (the sandbox's) rate-limit answer is what a storm meets.
    const workspace = await db.workspace.create({
      data: {
        slug: "reliability",
        name: "Reliability",
        limitAccessTokensPerWindow: 1000,
        memberships: { create: { userId: owner.id, role: "OWNER" } },
      },
    });
    const apiKey = newApiKey();
    await db.apiKey.create({
      data: { workspaceId: workspace.id, name: "Reliability services", prefix: apiKey.prefix, hash: apiKey.hash, createdById: owner.id },
    });
    const redirectUri = `${origin}/oauth/callback`;
    const ring = createKeyring(encryptionKey);
    const seeded: Seeded["clients"] = {};
    for (const [name, count] of Object.entries(clients)) {
      const zohoClientId = `1000.${randomBytes(15).toString("hex").toUpperCase()}`;
      const secret = randomBytes(21).toString("hex");
      await db.sandboxClient.create({
        data: { clientId: zohoClientId, name, secretHash: sha256(secret), redirectUris: [redirectUri], workspaceId: workspace.id },
      });
      const client = await db.oAuthClient.create({
        data: {
          workspaceId: workspace.id,
          name,
          zohoClientId,
          provider: "SANDBOX",
          homeDc: "us",
          createdById: owner.id,
          secretCipher: encrypt(secret, ring),
          secretLast4: secret.slice(-4),
          redirectUris: { create: [{ uri: redirectUri }] },
        },
      });
      const states = Array.from({ length: count }, token);
      await db.authRequest.createMany({
        data: states.map((state) => ({
          workspaceId: workspace.id,
          clientId: client.id,
          userId: owner.id,
          stateHash: sha256(state),
          dc: "us",
          redirectUri,
          scopes: ["AaaServer.profile.READ", "ZohoCRM.modules.ALL"],
          accessType: "offline",
          prompt: "consent",
          expiresAt: new Date(Date.now() + 30 * 60_000),
        })),
      });
      seeded[name] = { id: client.id, zohoClientId, states };
    }
    return {
      email: owner.email,
      password,
      slug: workspace.slug,
      workspaceId: workspace.id,
      apiKey: apiKey.key,
      redirectUri,
      clients: seeded,
    };
  } finally {
    await close();
  }
}
