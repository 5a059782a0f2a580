import "server-only";
import { z } from "zod";
import { createSandboxClient } from "./create-sandbox-client";
import { sandboxClientSchema } from "./sandbox-client-schema";

// POST /sandbox/console/clients with {name, redirectUris}: the console page's registration, for
// scripts and tests. Answers the secret once, as the page does.
export async function registerClientFromJson(request: Request): Promise<Response> {
  const body = await request.json().catch(() => undefined);
  const parsed = sandboxClientSchema.safeParse(body ?? {});
  if (!parsed.success) {
    return Response.json({ error: "invalid_request", field_errors: z.flattenError(parsed.error).fieldErrors }, { status: 400 });
  }
  const { clientId, clientSecret } = await createSandboxClient(parsed.data);
  return Response.json(
    { client_id: clientId, client_secret: clientSecret, name: parsed.data.name, redirect_uris: parsed.data.redirectUris },
    { status: 201, headers: { "cache-control": "no-store" } },
  );
}
