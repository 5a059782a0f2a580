import "server-only";
import { db } from "@/lib/db";

// A callback event as its viewer may see it. In full only for a signed-in member of its workspace, or,
// for events tied to no workspace (nothing of anyone's is in them), for a signed-in console user, who
// is the one debugging a redirect. ctx is only who is signed in (null for nobody): the result page is
// the end of a browser's redirect, open to anyone, so there is no workspace or permission to check first. Anyone else — the end user of a team's own app, sent here by a
// client's callback path, or whoever follows a crafted link — learns only whether it worked: none of
// the parameters, errors or diagnoses an outsider can write into the URL.
export async function getCallbackForViewer({ userId }: { userId: string | null }, { id }: { id: string }) {
  // Ids are cuids: anything else (a NUL, a megabyte) is simply not found, without a query.
  if (!/^\w{1,64}$/.test(id)) return null;
  const event = await db.callbackEvent.findUnique({
    where: { id },
    include: {
      workspace: {
        select: {
          slug: true,
          name: true,
          limitCodeLifetimeSeconds: true,
          memberships: { where: { userId: userId ?? "" }, select: { role: true } },
        },
      },
    },
  });
  if (!event) return null;
  const member = userId !== null && (!event.workspace || event.workspace.memberships.length > 0);
  // The client's name, only for a member (looked up inside the callback's workspace).
  const client =
    member && event.workspaceId && event.clientId
      ? await db.oAuthClient.findFirst({ where: { id: event.clientId, workspaceId: event.workspaceId }, select: { id: true, name: true } })
      : null;
  return { event, member, client };
}
