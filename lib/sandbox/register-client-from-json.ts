import "server-only";
import { z } from "zod";
import { problem } from "@/lib/api/problem";
import { tooManyRequests } from "@/lib/rate-limit/too-many-requests";
import { metaFrom } from "@/lib/request-meta";
import { createSandboxClient } from "./create-sandbox-client";
import { consumeRegistration } from "./consume-registration";
import type { ConsoleCaller } from "./sandbox-console-endpoint";
import { sandboxClientSchema } from "./sandbox-client-schema";

// POST /sandbox/console/clients with {name, redirectUris} (or {name, type: "NON_BROWSER"}): the console page's registration, for
// scripts and tests. Answers the secret once, as the page does. Only valid requests count against the
// registration limits: a typo does not spend the budget.
export async function registerClientFromJson(request: Request, { userId, workspace }: ConsoleCaller): Promise<Response> {
  const body = await request.json().catch(() => undefined);
  const parsed = sandboxClientSchema.safeParse(body ?? {});
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    return problem(
      "invalid-request",
      Object.entries(fieldErrors)
        .map(([field, errors]) => `${field}: ${errors?.[0]}`)
        .join("; "),
      { field_errors: fieldErrors },
    );
  }
  const verdict = await consumeRegistration(userId, metaFrom(request.headers).ip);
  if (!verdict.ok) return tooManyRequests(verdict.retryAfterSeconds, "json");
  const { clientId, clientSecret } = await createSandboxClient({ ...parsed.data, workspaceId: workspace.id });
  return Response.json(
    {
      client_id: clientId,
      client_secret: clientSecret,
      name: parsed.data.name,
      type: parsed.data.type,
      redirect_uris: parsed.data.redirectUris,
      workspace: workspace.slug,
    },
    { status: 201, headers: { "cache-control": "no-store" } },
  );
}
