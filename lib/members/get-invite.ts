import "server-only";
import { db } from "@/lib/db";
import type { AnonymousCtx } from "@/lib/account/user-context";
import { findOpenInvite } from "./find-open-invite";

/** What the invite page shows (anyone with the link may ask): the invite's state, and whether its email has an account. */
export async function getInvite(_ctx: AnonymousCtx, { token }: { token: string }) {
  const found = await findOpenInvite(token);
  if (found.problem || !found.invite) return { ...found, accountExists: false };
  const account = await db.user.findUnique({ where: { email: found.invite.email }, select: { id: true } });
  return { ...found, accountExists: !!account };
}
