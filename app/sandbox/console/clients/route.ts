// POST /sandbox/console/clients?workspace=<slug> — register a sandbox client for the workspace from JSON
// {name, redirectUris}; answers {client_id, client_secret} once (for scripts and tests; the page does
// the same for people). Signed-in console users with sandbox:write, within the registration limits.
import { registerClientFromJson } from "@/lib/sandbox/register-client-from-json";
import { sandboxConsoleEndpoint } from "@/lib/sandbox/sandbox-console-endpoint";

export const dynamic = "force-dynamic";

export const POST = sandboxConsoleEndpoint("sandbox:write", registerClientFromJson);
