import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "./password";

// Who a single sign-on identity is in the console: the user with that (verified) email. Someone new
// gets an account only when an open invite waits for their email; otherwise sign-in is refused.
export async function linkOidcUser(profile: { email?: string | null; email_verified?: boolean | null; name?: string | null }) {
  const email = profile.email?.toLowerCase();
  if (!email || profile.email_verified === false) return null;
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (user) return user.id;
  const invited = await db.invite.findFirst({
    where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true },
  });
  if (!invited) return null;
  // No password: this person signs in with their provider (an unusable random hash keeps the column filled).
  const created = await db.user.create({
    data: { email, name: profile.name ?? email, passwordHash: await hashPassword(randomBytes(32).toString("base64")) },
    select: { id: true },
  });
  return created.id;
}
