import "server-only";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { DEVICE_VIEW_SELECT, toDeviceView } from "./device-view";

// A device authorization is its starter's, as an authorization request's state is (the grant lands in
// the workspace, but only they watch and poll it). Anyone else, or another workspace: not found.
export async function getDeviceAuthorization(ctx: Ctx, { id }: { id: string }) {
  allow(ctx, "authorize");
  const userId = actorId(ctx);
  if (!userId) return null;
  const row = await db.deviceAuthorization.findFirst({ where: { id, workspaceId: ctx.workspace.id, userId }, select: DEVICE_VIEW_SELECT });
  return row ? toDeviceView(row) : null;
}
