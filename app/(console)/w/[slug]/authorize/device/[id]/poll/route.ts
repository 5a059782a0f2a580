// POST /w/{slug}/authorize/device/{id}/poll — the device page asks the console where its device
// authorization stands; the console polls Zoho when Zoho's interval allows (lib/device/poll-device-authorization.ts).
// JSON: the view (never the device code), with nextPollInMs for the browser's next ask.
import { problem } from "@/lib/api/problem";
import { findMember } from "@/lib/auth/find-member";
import { pollDeviceAuthorization } from "@/lib/authorizations/device/poll-device-authorization";
import { metaFrom } from "@/lib/request-meta";
import { withoutNul } from "@/lib/without-nul";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const member = await findMember(slug, "authorize");
  if (!member?.user.id) return problem("not-found");
  const view = await pollDeviceAuthorization({ workspaceId: member.workspace.id, userId: member.user.id, id: withoutNul(id).slice(0, 100), meta: metaFrom(request.headers) });
  if (!view) return problem("not-found");
  return Response.json(view, { headers: { "cache-control": "no-store" } });
}
