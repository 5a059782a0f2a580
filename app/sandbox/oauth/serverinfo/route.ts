// GET /sandbox/oauth/serverinfo — Zoho's list of accounts servers, for the sandbox's data centres
import { appOrigin } from "@/lib/config/app-origin";
import { buildServerInfo } from "@/lib/sandbox/build-server-info";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";
import { ZOHO_ENDPOINT_LIMITS } from "@/lib/sandbox/zoho-endpoint-limits";

export const dynamic = "force-dynamic";

export const GET = sandboxEndpoint<Record<string, never>>("json", ZOHO_ENDPOINT_LIMITS.serverInfo, async (request) =>
  Response.json(await buildServerInfo(appOrigin(request))),
);
