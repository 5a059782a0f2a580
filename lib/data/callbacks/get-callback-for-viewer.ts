import "server-only";
import { db } from "@/lib/db";

// A callback event as its viewer may see it: events tied to a workspace only for its members;
// events tied to none (unknown state) to anyone holding the unguessable id — they carry no secrets.
export async function getCallbackForViewer(id: string, userId: string | null) {
  const event = await db.callbackEvent.findUnique({
    where: { id },
    include: { workspace: { select: { slug: true, name: true, memberships: { where: { userId: userId ?? "" }, select: { role: true } } } } },
  });
  if (!event) return null;
  if (event.workspace && event.workspace.memberships.length === 0) return null;
  return event;
}
