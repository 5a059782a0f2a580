// POST /sandbox/{location}/oauth/v2/token — Zoho's token endpoint, emulated
import { appOrigin } from "@/lib/config/app-origin";
import { env } from "@/lib/config/env";
import { LOCATIONS, sandboxAccountsServer } from "@/lib/zoho/data-centres";
import { sandboxOff, zohoError } from "@/lib/sandbox/answers";
import { exchangeGrantCode } from "@/lib/sandbox/exchange-grant-code";
import { readParams } from "@/lib/sandbox/read-params";
import { refreshAccessToken } from "@/lib/sandbox/refresh-access-token";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ location: string }> }) {
  if (!env().sandboxEnabled) return sandboxOff();
  const { location } = await params;
  if (!LOCATIONS.includes(location)) return zohoError("invalid_client", 404);
  const query = await readParams(request);
  const apiDomain = `${sandboxAccountsServer(appOrigin(request), location)}/api`;
  try {
    switch (query.get("grant_type")) {
      case "authorization_code": return await exchangeGrantCode(location, query, apiDomain);
      case "refresh_token": return await refreshAccessToken(location, query, apiDomain);
      default: return zohoError("unsupported_grant_type");
    }
  } catch (error) {
    console.error("sandbox token endpoint:", error instanceof Error ? error.message : "unknown error");
    return zohoError("temporarily_unavailable", 503);
  }
}
