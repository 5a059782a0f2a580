import "server-only";
import { db } from "@/lib/db";
import { DEVICE_VIEW_SELECT, toDeviceView } from "@/lib/authorizations/device/device-view";

// A device authorization is its starter's, as an authorization request's state is (the grant lands in
// the workspace, but only they watch and poll it). Anyone else, or another workspace: not found.
export async function getDeviceAuthorization(workspaceId: string, userId: string, id: string) {
  const row = await db.deviceAuthorization.findFirst({ where: { id, workspaceId, userId }, select: DEVICE_VIEW_SELECT });
  return row ? toDeviceView(row) : null;
}
