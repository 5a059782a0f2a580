// POST /sandbox/{location}/oauth/v2/token/revoke?token=… — Zoho's revoke endpoint, emulated
import { revokeRefreshToken } from "@/lib/sandbox/revoke-refresh-token";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";
import { ZOHO_ENDPOINT_LIMITS } from "@/lib/sandbox/zoho-endpoint-limits";

export const dynamic = "force-dynamic";

export const POST = sandboxEndpoint<{ location: string }>("json", ZOHO_ENDPOINT_LIMITS.token, revokeRefreshToken);
