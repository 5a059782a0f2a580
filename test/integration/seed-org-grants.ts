// The org-grant tests' own workspace (org-grants.test.ts): a Server-based sandbox client that makes
// two dozen grants for one sandbox user (so the refresh-token cap and the near-cap warnings are its
// own), a client at real Zoho with one stored EU grant whose cached token is still valid (the token
// API serves it without calling Zoho), and an API key. Written by seed.ts before the console starts.
import { newApiKey } from "../../lib/api-keys/key-format";
import { createKeyring, encrypt } from "../../lib/crypto/envelope";
import { seedSandboxClient } from "./seed-sandbox-client";
import type { openDb } from "../../scripts/open-db";

type Db = Awaited<ReturnType<typeof openDb>>["db"];

export type OrgGrantsSeed = {
  email: string;
  slug: string;
  clientId: string;
  zohoClientId: string;
  apiKey: string;
  /** A grant at real Zoho's EU data centre (not the sandbox). */
  zohoGrantId: string;
  /** A Mobile client: Zoho offers it no org-wide consent. */
  mobileClientId: string;
};

export async function seedOrgGrants(
  db: Db,
  { passwordHash, encryptionKey, redirectUri }: { passwordHash: string; encryptionKey: string; redirectUri: string },
): Promise<OrgGrantsSeed> {
  const ring = createKeyring(encryptionKey);
  const user = await db.user.create({ data: { email: "org-owner@integration.test", name: "Org owner", passwordHash } });
  const workspace = await db.workspace.create({
    data: { slug: "org-grants", name: "Org grants", memberships: { create: { userId: user.id, role: "OWNER" } } },
  });
  const client = await seedSandboxClient(db, { workspaceId: workspace.id, createdById: user.id, name: "Org app", redirectUri, ring });
  const zohoClientId = client.zohoClientId;
  const zohoClient = await db.oAuthClient.create({
    data: {
      workspaceId: workspace.id,
      name: "Zoho EU app",
      zohoClientId: "1000.ORGGRANTSZOHO0000000",
      type: "SERVER",
      provider: "ZOHO",
      homeDc: "eu",
      createdById: user.id,
      secretCipher: encrypt("zoho-eu-client-secret", ring),
      secretLast4: "cret",
      redirectUris: { create: [{ uri: redirectUri }] },
    },
  });
  const zohoGrant = await db.grant.create({
    data: {
      workspaceId: workspace.id,
      clientId: zohoClient.id,
      location: "eu",
      accountsServer: "https://accounts.zoho.eu",
      apiDomain: "https://www.zohoapis.eu",
      scopes: ["ZohoCRM.modules.ALL"],
      createdById: user.id,
      refreshCipher: encrypt("1000.zoho-eu-refresh-token", ring),
      refreshLast4: "oken",
      accessCipher: encrypt("1000.zoho-eu-access-token", ring),
      accessExpiresAt: new Date(Date.now() + 3_600_000),
      lastRefreshAt: new Date(),
    },
  });
  const mobile = await db.oAuthClient.create({
    data: {
      workspaceId: workspace.id,
      name: "Mobile app",
      zohoClientId: "1000.ORGGRANTSMOBILE00000",
      type: "MOBILE",
      provider: "SANDBOX",
      homeDc: "us",
      createdById: user.id,
      redirectUris: { create: [{ uri: redirectUri }] },
    },
  });
  const key = newApiKey();
  await db.apiKey.create({
    data: { workspaceId: workspace.id, name: "Org services", prefix: key.prefix, hash: key.hash, createdById: user.id },
  });
  return {
    email: user.email,
    slug: workspace.slug,
    clientId: client.id,
    zohoClientId,
    apiKey: key.key,
    zohoGrantId: zohoGrant.id,
    mobileClientId: mobile.id,
  };
}
