// POST /sandbox/{location}/oauth/v2/token/revoke?token=… — Zoho's revoke endpoint, emulated
import { env } from "@/lib/config/env";
import { sandboxOff, zohoError } from "@/lib/sandbox/answers";
import { readParams } from "@/lib/sandbox/read-params";
import { revokeRefreshToken } from "@/lib/sandbox/revoke-refresh-token";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (!env().sandboxEnabled) return sandboxOff();
  try {
    return await revokeRefreshToken(await readParams(request));
  } catch (error) {
    console.error("sandbox revoke endpoint:", error instanceof Error ? error.message : "unknown error");
    return zohoError("temporarily_unavailable", 503);
  }
}
