// GET /sandbox/{location}/oauth/user/info — who granted the token (needs AaaServer.profile.READ)
import { readUserInfo } from "@/lib/sandbox/read-user-info";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";
import { ZOHO_ENDPOINT_LIMITS } from "@/lib/sandbox/zoho-endpoint-limits";

export const dynamic = "force-dynamic";

export const GET = sandboxEndpoint<{ location: string }>("json", ZOHO_ENDPOINT_LIMITS.userInfo, readUserInfo);
