// The callback and token API benchmarks' starting point, written before the console opens the
// database (as test/integration/seed.ts does): an owner, a workspace, an API key, and sandbox
// clients registered both at the sandbox and in the console, each with pre-made authorization
// states (the console keeps only their hashes, as when a user starts an authorization).
import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { newApiKey } from "../lib/api-keys/key-format";
import { createKeyring, encrypt } from "../lib/crypto/envelope";
import { openDb } from "../scripts/open-db";

export type FlowClient = { id: string; zohoClientId: string; clientSecret: string; states: string[] };
export type FlowSeed = {
  email: string;
  password: string;
  slug: string;
  redirectUri: string;
  apiKey: string;
  clients: Record<"callback" | "token" | "storm", FlowClient>;
};

export const SCOPES = ["AaaServer.profile.READ", "ZohoCRM.modules.ALL"];
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const token = () => randomBytes(18).toString("base64url");

export async function seedFlows({
  databaseUrl,
  encryptionKey,
  baseUrl,
  states,
}: {
  databaseUrl: string;
  encryptionKey: string;
  baseUrl: string;
  states: Record<keyof FlowSeed["clients"], number>;
}): Promise<FlowSeed> {
  const { db, close } = await openDb(databaseUrl);
  try {
    const password = "correct horse battery staple";
    const owner = await db.user.create({
      data: { email: "bench@bench.test", name: "Bench Owner", passwordHash: await bcrypt.hash(password, 4) },
    });
    const workspace = await db.workspace.create({
      data: { slug: "bench-flows", name: "Bench flows", memberships: { create: { userId: owner.id, role: "OWNER" } } },
    });
    const redirectUri = `${baseUrl}/oauth/callback`;
    const ring = createKeyring(encryptionKey);
    const clients = {} as FlowSeed["clients"];
    for (const key of ["callback", "token", "storm"] as const) {
      const zohoClientId = `1000.${randomBytes(15).toString("hex").toUpperCase()}`;
      const clientSecret = randomBytes(21).toString("hex");
      await db.sandboxClient.create({
        data: {
          clientId: zohoClientId,
          name: `Bench ${key}`,
          secretHash: sha256(clientSecret),
          redirectUris: [redirectUri],
          workspaceId: workspace.id,
        },
      });
      const client = await db.oAuthClient.create({
        data: {
          workspaceId: workspace.id,
          name: `Bench ${key}`,
          zohoClientId,
          provider: "SANDBOX",
          homeDc: "us",
          createdById: owner.id,
          secretCipher: encrypt(clientSecret, ring),
          secretLast4: clientSecret.slice(-4),
          redirectUris: { create: [{ uri: redirectUri }] },
        },
      });
      const raw = Array.from({ length: states[key] }, token);
      await db.authRequest.createMany({
        data: raw.map((state) => ({
          workspaceId: workspace.id,
          clientId: client.id,
          userId: owner.id,
          stateHash: sha256(state),
          dc: "us",
          redirectUri,
          scopes: SCOPES,
          accessType: "offline",
          prompt: "consent",
          expiresAt: new Date(Date.now() + 60 * 60_000),
        })),
      });
      clients[key] = { id: client.id, zohoClientId, clientSecret, states: raw };
    }
    const apiKey = newApiKey();
    await db.apiKey.create({
      data: { workspaceId: workspace.id, name: "Bench", prefix: apiKey.prefix, hash: apiKey.hash, createdById: owner.id },
    });
    return { email: owner.email, password, slug: workspace.slug, redirectUri, apiKey: apiKey.key, clients };
  } finally {
    await close();
  }
}
