// GET /sandbox/{location}/oauth/user/info — who granted the token (needs AaaServer.profile.READ)
import { readUserInfo } from "@/lib/sandbox/read-user-info";
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";

export const dynamic = "force-dynamic";

export const GET = sandboxEndpoint<{ location: string }>("json", readUserInfo);
