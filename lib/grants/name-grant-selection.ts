import "server-only";
import type { Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { userEmails } from "@/lib/members/user-emails";
import { describeGrantSelection, type GrantSelection } from "./grant-selection";

/** The selection in words with its client and creator named (looked up in the actor's workspace only). */
export async function nameGrantSelection(ctx: Ctx, selection: GrantSelection): Promise<string> {
  const [client, creators] = await Promise.all([
    selection.client
      ? db.oAuthClient.findFirst({ where: { id: selection.client, workspaceId: ctx.workspace.id }, select: { name: true } })
      : null,
    selection.creator ? userEmails([selection.creator]) : null,
  ]);
  return describeGrantSelection(selection, { client: client?.name, creator: selection.creator ? creators?.get(selection.creator) : null });
}
