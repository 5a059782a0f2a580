// POST /w/{slug}/authorize/device/{id}/poll — the device page asks the console where its device
// authorization stands; the console polls Zoho when Zoho's interval allows (lib/authorizations/device/poll-device-authorization.ts).
// JSON: the view (never the device code), with nextPollInMs for the browser's next ask.
import { problem } from "@/lib/api/problem";
import { findMemberContext } from "@/lib/auth/member-context";
import { pollDeviceAuthorization } from "@/lib/authorizations/device/poll-device-authorization";
import { withoutNul } from "@/lib/without-nul";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const ctx = await findMemberContext(request, slug, "authorize");
  if (!ctx) return problem("not-found");
  const view = await pollDeviceAuthorization(ctx, { id: withoutNul(id).slice(0, 100) });
  if (!view) return problem("not-found");
  return Response.json(view, { headers: { "cache-control": "no-store" } });
}
