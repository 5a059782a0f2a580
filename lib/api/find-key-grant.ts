import "server-only";
import { type ApiCaller, mayUseGrant } from "@/lib/api-keys/authenticate-api-key";
import { db } from "@/lib/db";
import { apiIdSchema } from "@/lib/schemas/api-query";

/** The grant `id` names, if the key may use it: its workspace's and within its grant list. Anything that is
 * not an id (a NUL, 10 KB of junk) is simply not found; the database never sees it. */
export async function findKeyGrant(caller: ApiCaller, id: string) {
  if (!apiIdSchema.safeParse(id).success) return null;
  const grant = await db.grant.findFirst({ where: { id, workspaceId: caller.workspaceId }, select: { id: true, orgWide: true, client: { select: { provider: true } } } });
  return grant && mayUseGrant(caller, grant.id) ? grant : null;
}
