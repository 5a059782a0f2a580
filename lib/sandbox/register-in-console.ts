import "server-only";
import type { Ctx } from "@/lib/auth/context";
import { createClient } from "@/lib/clients/create-client";
import { createClientSchema } from "@/lib/clients/schemas";
import type { FormState } from "@/lib/forms/form-state";

// The sandbox's client types and the console's (lib/zoho/client-types.ts): the same names.
const CONSOLE_TYPES = { SERVER: "SERVER", SELF: "SELF", NON_BROWSER: "NON_BROWSER" } as const;

export type SandboxCredentials = {
  name: string;
  type: string;
  zohoClientId: string;
  clientSecret: string;
  redirectUris: string[];
  defaultScopes?: string[];
  notes?: string;
};

/**
 * Registers a sandbox client as a console client of ctx's workspace through the console's one
 * registration path (createClient: the schema's rules, the secret sealed, `client.created` audited in
 * the same transaction) — what a person does by pasting the id and secret into Clients → Register a
 * client → Built-in Zoho sandbox, without the secret ever leaving the server. Development environment,
 * home data centre US (the sandbox serves every data centre at {console}/sandbox/{location}).
 */
export async function registerInConsole(ctx: Ctx, client: SandboxCredentials): Promise<FormState & { clientId?: string }> {
  const type = CONSOLE_TYPES[client.type as keyof typeof CONSOLE_TYPES];
  if (!type) return { message: `A sandbox client of type ${client.type.slice(0, 20)} cannot be registered here.` };
  const parsed = createClientSchema.safeParse({
    name: client.name,
    type,
    provider: "SANDBOX",
    zohoClientId: client.zohoClientId,
    clientSecret: client.clientSecret,
    homeDc: "us",
    enabledDcs: "",
    environment: "DEVELOPMENT",
    redirectUris: client.redirectUris.join("\n"),
    defaultScopes: (client.defaultScopes ?? []).join(","),
    notes: client.notes ?? "",
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => i.message).join("; ");
    return { message: `The console cannot register this sandbox client as it is: ${problems.slice(0, 300)}` };
  }
  return createClient(ctx, parsed.data);
}
