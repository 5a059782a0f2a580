// POST /sandbox/{location}/oauth/v3/device/verify — the verification page's form: the user code, then Accept / Reject
import { sandboxEndpoint } from "@/lib/sandbox/sandbox-endpoint";
import { verifyDeviceCode } from "@/lib/sandbox/verify-device-code";
import { ZOHO_ENDPOINT_LIMITS } from "@/lib/sandbox/zoho-endpoint-limits";

export const dynamic = "force-dynamic";

export const POST = sandboxEndpoint<{ location: string }>("html", ZOHO_ENDPOINT_LIMITS.consent, verifyDeviceCode);
