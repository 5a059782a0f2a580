// The access reviews' own workspace (access-reviews.test.ts): an owner, an admin, a developer (named as a
// reviewer), a viewer, and 12 grants laid out by one rule (`reviewGrant`). Production grants hold refresh
// tokens the built-in sandbox issued (rows in its tables, as exchanges write them), so revoking them at
// finish is a real call to the sandbox's revoke endpoint; one of them belongs to a sandbox client owned by a
// second workspace, whose faults the test turns on to make exactly that revoke fail. One grant has no
// refresh token (revokeGrant then revokes it locally). Written by seed.ts before the console starts.
import { createHash, randomBytes } from "node:crypto";
import { createKeyring, encrypt } from "../../lib/crypto/envelope";
import { seedSandboxClient } from "./seed-sandbox-client";
import type { openDb } from "../../scripts/open-db";

type Db = Awaited<ReturnType<typeof openDb>>["db"];

export const REVIEW_SEED_SIZE = 12;
export type AccessReviewsSeed = {
  slug: string;
  /** The workspace owning the sandbox client of grant 2, whose faults make that revoke fail. */
  faultySlug: string;
  people: Record<"owner" | "admin" | "developer" | "viewer", { email: string; id: string }>;
};

/** Grant i: 0–7 on the production client, 8–11 on the development one. */
export function reviewGrant(i: number) {
  const production = i < 8;
  return {
    production,
    label: `rev-${String(i).padStart(2, "0")}`,
    status: i === 6 ? ("REVOKED" as const) : i === 7 ? ("INVALID" as const) : ("ACTIVE" as const),
    // Grant 5 was an online grant: no refresh token. Grant 2's client is the "faulty" workspace's.
    refreshToken: i !== 5,
    faulty: i === 2,
  };
}

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

export async function seedAccessReviews(
  db: Db,
  {
    passwordHash,
    encryptionKey,
    redirectUri,
    baseUrl,
  }: { passwordHash: string; encryptionKey: string; redirectUri: string; baseUrl: string },
): Promise<AccessReviewsSeed> {
  const ring = createKeyring(encryptionKey);
  const people = {} as AccessReviewsSeed["people"];
  for (const who of ["owner", "admin", "developer", "viewer"] as const) {
    const user = await db.user.create({ data: { email: `reviews-${who}@integration.test`, name: `Reviews ${who}`, passwordHash } });
    people[who] = { email: user.email, id: user.id };
  }
  const workspace = await db.workspace.create({
    data: {
      slug: "reviews",
      name: "Reviews",
      memberships: {
        create: [
          { userId: people.owner.id, role: "OWNER" },
          { userId: people.admin.id, role: "ADMIN" },
          { userId: people.developer.id, role: "DEVELOPER" },
          { userId: people.viewer.id, role: "VIEWER" },
        ],
      },
    },
  });
  const faulty = await db.workspace.create({
    data: { slug: "reviews-faulty", name: "Reviews faulty", memberships: { create: { userId: people.owner.id, role: "OWNER" } } },
  });
  const production = await seedSandboxClient(db, {
    workspaceId: workspace.id,
    createdById: people.owner.id,
    name: "Prod CRM",
    redirectUri,
    ring,
  });
  await db.oAuthClient.update({ where: { id: production.id }, data: { environment: "PRODUCTION" } });
  // Registered at the sandbox by the faulty workspace, and in this one too (same Zoho client id).
  const other = await seedSandboxClient(db, {
    workspaceId: faulty.id,
    createdById: people.owner.id,
    name: "Prod CRM (EU team)",
    redirectUri,
    ring,
  });
  await db.oAuthClient.update({ where: { id: other.id }, data: { workspaceId: workspace.id, environment: "PRODUCTION" } });
  const development = await db.oAuthClient.create({
    data: {
      workspaceId: workspace.id,
      name: "Dev Books",
      zohoClientId: "1000.REVIEWSDEV000000000",
      homeDc: "us",
      createdById: people.owner.id,
    },
  });
  for (let i = 0; i < REVIEW_SEED_SIZE; i++) {
    const g = reviewGrant(i);
    const client = !g.production ? { id: development.id, zohoClientId: "" } : g.faulty ? other : production;
    const token = `1000.${randomBytes(16).toString("hex")}.${randomBytes(16).toString("hex")}`;
    if (g.production && g.refreshToken)
      await db.sandboxRefreshToken.create({
        data: {
          tokenHash: sha256(token),
          clientId: client.zohoClientId,
          userId: "10010001",
          location: "us",
          scopes: ["ZohoCRM.modules.ALL"],
        },
      });
    await db.grant.create({
      data: {
        workspaceId: workspace.id,
        clientId: client.id,
        location: "us",
        accountsServer: g.production ? `${baseUrl}/sandbox/us` : "https://accounts.zoho.com",
        apiDomain: g.production ? `${baseUrl}/sandbox/us/api` : "https://www.zohoapis.com",
        scopes: ["ZohoCRM.modules.ALL"],
        status: g.status,
        zohoUserId: "10010001",
        zohoUserEmail: "ava.carter@sandbox.zoho.test",
        label: g.label,
        createdAt: new Date(Date.UTC(2026, 5, 1 + i)),
        createdById: people.owner.id,
        refreshCipher: g.refreshToken ? encrypt(token, ring) : null,
        refreshLast4: g.refreshToken ? token.slice(-4) : null,
        lastRefreshAt: i % 2 === 0 ? new Date(Date.UTC(2026, 9, 1 + i)) : null,
      },
    });
  }
  // A recurring review finished 91 days ago: its next round was due yesterday (the overview's reminder).
  const day = 86_400_000;
  await db.accessReview.create({
    data: {
      workspaceId: workspace.id,
      name: "Last quarter's review",
      filter: { env: "PRODUCTION" },
      reviewerIds: [],
      createdById: people.owner.id,
      createdAt: new Date(Date.now() - 100 * day),
      finishedAt: new Date(Date.now() - 91 * day),
      finishedById: people.owner.id,
      recurEveryDays: 90,
      nextDueAt: new Date(Date.now() - day),
      itemCount: 0,
    },
  });
  return { slug: workspace.slug, faultySlug: faulty.slug, people };
}
