// The people of the sign-in and session tests (hostile-sign-in.test.ts, sessions.test.ts), in a
// workspace of their own: those tests lock accounts, change passwords and end sessions, which must
// not touch the users every other file signs in as. Written by seed.ts before the console starts.
import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { createKeyring, encrypt } from "../../lib/crypto/envelope";
import type { openDb } from "../../scripts/open-db";

type Db = Awaited<ReturnType<typeof openDb>>["db"];

const PEOPLE = ["owner", "burst", "device", "sessions", "changer", "removed", "revealer", "legacy"] as const;
export type AuthPerson = (typeof PEOPLE)[number];

export type AuthSeed = {
  slug: string;
  password: string;
  /** The legacy user's password: longer than bcrypt's 72 bytes (bcrypt ignores the rest). */
  legacyPassword: string;
  people: Record<AuthPerson, { email: string; id: string }>;
  /** A client whose secret the revealer may reveal. */
  clientId: string;
  clientSecret: string;
  /** An open invite (for a new person) that several browsers accept at once. */
  inviteToken: string;
};

export async function seedAuth(db: Db, encryptionKey: string): Promise<AuthSeed> {
  const password = "correct horse battery staple";
  const legacyPassword = `${"legacy-".repeat(10)}and-the-rest-bcrypt-never-saw`;
  // Hashed as before issue 11 (bcryptjs); each is upgraded to argon2id at its first sign-in.
  const hash = await bcrypt.hash(password, 4);
  const workspace = await db.workspace.create({ data: { slug: "auth-tests", name: "Auth tests" } });
  const people = {} as AuthSeed["people"];
  for (const person of PEOPLE) {
    const email = `${person}@auth.test`;
    const passwordHash = person === "legacy" ? await bcrypt.hash(legacyPassword, 4) : hash;
    const role = person === "owner" ? "OWNER" : person === "revealer" ? "ADMIN" : "VIEWER";
    const user = await db.user.create({
      data: { email, name: person, passwordHash, memberships: { create: { workspaceId: workspace.id, role } } },
    });
    people[person] = { email, id: user.id };
  }
  const clientSecret = randomBytes(21).toString("hex");
  const client = await db.oAuthClient.create({
    data: {
      workspaceId: workspace.id,
      name: "Auth app",
      zohoClientId: "1000.AUTHTESTS00000000000",
      homeDc: "us",
      createdById: people.owner.id,
      secretCipher: encrypt(clientSecret, createKeyring(encryptionKey)),
      secretLast4: clientSecret.slice(-4),
    },
  });
  const inviteToken = randomBytes(18).toString("base64url");
  await db.invite.create({
    data: {
      workspaceId: workspace.id,
      email: "newcomer@auth.test",
      role: "VIEWER",
      tokenHash: createHash("sha256").update(inviteToken).digest("hex"),
      createdById: people.owner.id,
      expiresAt: new Date(Date.now() + 86_400_000),
    },
  });
  return { slug: workspace.slug, password, legacyPassword, people, clientId: client.id, clientSecret, inviteToken };
}
