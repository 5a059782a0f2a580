// GET /sandbox/{location}/oauth/v3/device[?user_code=…] — the device flow's verification page (verification_url), emulated
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";
import { showDevicePage } from "@/lib/sandbox/show-device-page";
import { ZOHO_ENDPOINT_LIMITS } from "@/lib/sandbox/zoho-endpoint-limits";

export const dynamic = "force-dynamic";

export const GET = sandboxEndpoint<{ location: string }>("html", ZOHO_ENDPOINT_LIMITS.consent, showDevicePage);
