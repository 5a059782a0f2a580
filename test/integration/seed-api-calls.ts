// The request runner's own workspace (api-calls.test.ts): a sandbox client and one EU grant whose stored
// api_domain is the US one — what a store that dropped Zoho's api_domain holds (docs/zoho.md, "What
// people get wrong" 3). Its cached access token is a real sandbox token of an EU user, still valid, so
// the runner sends it to the US host as such a store would. Written by seed.ts before the console starts.
import { createHash, randomBytes } from "node:crypto";
import { createKeyring, encrypt } from "../../lib/crypto/envelope";
import { seedSandboxClient } from "./seed-sandbox-client";
import type { openDb } from "../../scripts/open-db";

type Db = Awaited<ReturnType<typeof openDb>>["db"];

export type ApiCallsSeed = { email: string; slug: string; wrongDcGrantId: string };

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");
const zohoToken = () => `1000.${randomBytes(16).toString("hex")}.${randomBytes(16).toString("hex")}`;

export async function seedApiCalls(
  db: Db,
  {
    passwordHash,
    encryptionKey,
    redirectUri,
    baseUrl,
  }: { passwordHash: string; encryptionKey: string; redirectUri: string; baseUrl: string },
): Promise<ApiCallsSeed> {
  const ring = createKeyring(encryptionKey);
  const user = await db.user.create({ data: { email: "runner-owner@integration.test", name: "Runner owner", passwordHash } });
  const workspace = await db.workspace.create({
    data: { slug: "api-calls", name: "API calls", memberships: { create: { userId: user.id, role: "OWNER" } } },
  });
  const client = await seedSandboxClient(db, { workspaceId: workspace.id, createdById: user.id, name: "Runner app", redirectUri, ring });
  const zohoClientId = client.zohoClientId;
  // Emma Schmidt lives in the EU (lib/sandbox/users.ts); the sandbox issued her tokens at its EU accounts server.
  const subject = { clientId: zohoClientId, userId: "20020002", location: "eu", scopes: ["ZohoCRM.users.READ", "ZohoCRM.org.READ"] };
  const refresh = zohoToken();
  const access = zohoToken();
  await db.sandboxRefreshToken.create({ data: { tokenHash: sha256(refresh), ...subject } });
  await db.sandboxAccessToken.create({
    data: { tokenHash: sha256(access), refreshTokenHash: sha256(refresh), ...subject, expiresAt: new Date(Date.now() + 3_600_000) },
  });
  const grant = await db.grant.create({
    data: {
      workspaceId: workspace.id,
      clientId: client.id,
      location: "eu",
      accountsServer: `${baseUrl}/sandbox/eu`,
      apiDomain: `${baseUrl}/sandbox/us/api`,
      scopes: subject.scopes,
      zohoUserId: subject.userId,
      zohoUserEmail: "emma.schmidt@sandbox.zoho.test",
      label: "EU grant with the US api_domain",
      createdById: user.id,
      refreshCipher: encrypt(refresh, ring),
      refreshLast4: refresh.slice(-4),
      accessCipher: encrypt(access, ring),
      accessExpiresAt: new Date(Date.now() + 3_600_000),
      lastRefreshAt: new Date(),
    },
  });
  return { email: user.email, slug: workspace.slug, wrongDcGrantId: grant.id };
}
