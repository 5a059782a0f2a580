// POST /sandbox/{location}/oauth/v3/device/code — Zoho's device flow initiation request, emulated (Non-browser clients)
import { issueDeviceCode } from "@/lib/sandbox/issue-device-code";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";
import { ZOHO_ENDPOINT_LIMITS } from "@/lib/sandbox/zoho-endpoint-limits";

export const dynamic = "force-dynamic";

export const POST = sandboxEndpoint<{ location: string }>("json", ZOHO_ENDPOINT_LIMITS.device, issueDeviceCode);
