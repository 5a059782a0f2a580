// POST /sandbox/console/clients — register a sandbox client from JSON {name, redirectUris}; answers
// {client_id, client_secret} once (for scripts and tests; the page does the same for people)
import { registerClientFromJson } from "@/lib/sandbox/register-client-from-json";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";

export const dynamic = "force-dynamic";

export const POST = sandboxEndpoint<Record<string, never>>("json", registerClientFromJson);
