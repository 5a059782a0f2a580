// GET /sandbox/{location}/oauth/user/info — who granted the token (needs AaaServer.profile.READ)
import { env } from "@/lib/config/env";
import { sandboxOff } from "@/lib/sandbox/answers";
import { readUserInfo } from "@/lib/sandbox/read-user-info";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ location: string }> }) {
  if (!env().sandboxEnabled) return sandboxOff();
  const { location } = await params;
  return readUserInfo(location, request.headers.get("authorization"));
}
