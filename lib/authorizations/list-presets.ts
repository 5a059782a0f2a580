import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";

// The workspace's builder presets (shared by the team), by name.
export async function listPresets(ctx: Ctx, _input: Record<string, never> = {}) {
  allow(ctx, "authorize");
  return db.authPreset.findMany({
    where: { workspaceId: ctx.workspace.id },
    orderBy: { name: "asc" },
    select: { id: true, clientId: true, name: true, settings: true },
  });
}
