import "server-only";
import type { AnonymousCtx } from "@/lib/account/user-context";
import { db } from "@/lib/db";
import { unsubscribeTokenHash } from "./unsubscribe-token";

export type UnsubscribeTarget = { workspace: string; email: string; subscribed: boolean };

/** "a.person@example.com" → "a•••@example.com": whoever holds a forwarded link learns the domain, not the address. */
export const maskEmail = (email: string) => {
  const at = email.lastIndexOf("@");
  return at > 0 ? `${email[0]}•••${email.slice(at)}` : "•••";
};

/** What the unsubscribe page shows for a link (anyone holding it may ask): whose mail, from which workspace, still on? */
export async function findUnsubscribe(_ctx: AnonymousCtx, { token }: { token: string }): Promise<UnsubscribeTarget | null> {
  const hash = unsubscribeTokenHash(token);
  if (!hash) return null;
  const row = await db.alertMailToken.findUnique({
    where: { tokenHash: hash },
    select: {
      membership: {
        select: { workspace: { select: { name: true } }, user: { select: { email: true } }, alertMail: { select: { events: true } } },
      },
    },
  });
  if (!row) return null;
  const { membership } = row;
  return {
    workspace: membership.workspace.name,
    email: maskEmail(membership.user.email),
    subscribed: !!membership.alertMail?.events.length,
  };
}
