import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

type SandboxClientInput = { zohoClientId: string; redirectUris: string[] };

/**
 * For the builder's sandbox clients: per redirect URI the console has for the client, whether the
 * sandbox's own registration of that client_id holds it (null: the sandbox has no such client). Only
 * yes/no answers leave this function, never the sandbox registration itself.
 */
export async function checkSandboxRegistrations(
  ctx: Ctx,
  { clients }: { clients: SandboxClientInput[] },
): Promise<Map<string, Record<string, boolean> | null>> {
  allow(ctx, "authorize");
  const ids = [...new Set(clients.map((c) => c.zohoClientId))];
  const rows = ids.length
    ? await db.sandboxClient.findMany({ where: { clientId: { in: ids } }, select: { clientId: true, redirectUris: true } })
    : [];
  const registered = new Map(rows.map((r) => [r.clientId, new Set(r.redirectUris)]));
  return new Map(
    clients.map((c) => {
      const uris = registered.get(c.zohoClientId);
      return [c.zohoClientId, uris ? Object.fromEntries(c.redirectUris.map((u) => [u, uris.has(u)])) : null];
    }),
  );
}
