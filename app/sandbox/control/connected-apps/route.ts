// POST /sandbox/control/connected-apps?workspace=<slug> — a sandbox user revokes one of the workspace's
// sandbox clients in Zoho's "Connected Apps", behind the app's back: {"client_id":"1000.…","user":"10010001"}
// (user optional: every user). Answers how many refresh tokens stopped working.
import { z } from "zod";
import { problem } from "@/lib/api/problem";
import { revokeWorkspaceConnectedApp } from "@/lib/sandbox/revoke-workspace-connected-app";
import { sandboxConsoleEndpoint } from "@/lib/sandbox/sandbox-console-endpoint";

export const dynamic = "force-dynamic";

const bodySchema = z.strictObject({
  client_id: z.string().min(1).max(100),
  user: z
    .string()
    .regex(/^\d{1,20}$/)
    .optional(),
});

export const POST = sandboxConsoleEndpoint("sandbox:write", async (request, caller) => {
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return problem("invalid-request", 'Send {"client_id":"1000.…"} and optionally "user" (a sandbox user id).');
  const done = await revokeWorkspaceConnectedApp(caller, { clientId: parsed.data.client_id, userId: parsed.data.user ?? null });
  if (!done) return problem("not-found", `No sandbox client with that client_id in ${caller.workspace.slug}.`);
  return Response.json({ client_id: done.clientId, revoked_refresh_tokens: done.revoked }, { headers: { "cache-control": "no-store" } });
});
