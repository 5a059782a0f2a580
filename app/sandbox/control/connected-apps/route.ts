// POST /sandbox/control/connected-apps?workspace=<slug> — a sandbox user revokes one of the workspace's
// sandbox clients in Zoho's "Connected Apps", behind the app's back: {"client_id":"1000.…","user":"10010001"}
// (user optional: every user). Answers how many refresh tokens stopped working.
import { z } from "zod";
import { problem } from "@/lib/api/problem";
import { db } from "@/lib/db";
import { revokeConnectedApp } from "@/lib/sandbox/revoke-connected-app";
import { sandboxConsoleEndpoint } from "@/lib/sandbox/sandbox-console-endpoint";

export const dynamic = "force-dynamic";

const bodySchema = z.strictObject({ client_id: z.string().min(1).max(100), user: z.string().regex(/^\d{1,20}$/).optional() });

export const POST = sandboxConsoleEndpoint("sandbox:write", async (request, { workspace }) => {
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return problem("invalid-request", 'Send {"client_id":"1000.…"} and optionally "user" (a sandbox user id).');
  const owned = await db.sandboxClient.findFirst({ where: { clientId: parsed.data.client_id, workspaceId: workspace.id }, select: { clientId: true } });
  if (!owned) return problem("not-found", `No sandbox client with that client_id in ${workspace.slug}.`);
  const revoked = await revokeConnectedApp(owned.clientId, parsed.data.user ?? null);
  return Response.json({ client_id: owned.clientId, revoked_refresh_tokens: revoked }, { headers: { "cache-control": "no-store" } });
});
