import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "./password";

/**
 * Replaces a legacy (bcrypt) or outdated hash with a fresh argon2id one, now that the password is
 * known. Only if the stored hash is still the one just checked: a password change meanwhile wins.
 */
export async function upgradePasswordHash(userId: string, checkedHash: string, password: string) {
  const passwordHash = await hashPassword(password);
  await db.user.updateMany({ where: { id: userId, passwordHash: checkedHash }, data: { passwordHash } });
}
