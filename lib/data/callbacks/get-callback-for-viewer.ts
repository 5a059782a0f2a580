import "server-only";
import { db } from "@/lib/db";

// A callback event as its viewer may see it: details only for members of its workspace (or for
// events tied to no workspace, which carry nothing of anyone's). Others — e.g. the end user of a
// team's own app, sent here by a client's callback path — learn only whether it worked.
export async function getCallbackForViewer(id: string, userId: string | null) {
  const event = await db.callbackEvent.findUnique({
    where: { id },
    include: { workspace: { select: { slug: true, name: true, memberships: { where: { userId: userId ?? "" }, select: { role: true } } } } },
  });
  if (!event) return null;
  const member = !event.workspace || event.workspace.memberships.length > 0;
  return { event, member };
}
