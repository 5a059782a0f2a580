import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { slugify } from "@/lib/workspaces/slugify";
import type { SetupInput } from "./schemas";
import type { AnonymousCtx } from "./user-context";

// First run: the owner account and the first workspace (anyone may ask: ctx is only the request's meta).
// Returns false once any user exists; the caller refuses before even reading the form, since anyone
// can post here and hashing the password is the expensive part.
export async function completeSetup(ctx: AnonymousCtx, input: SetupInput): Promise<boolean> {
  const { name, email, password, workspaceName } = input;
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Two first visitors at once: the lock lets one in, the other finds a user and is sent to sign in.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('first-run-setup'))`;
    if ((await tx.user.count()) > 0) return false;
    const user = await tx.user.create({ data: { name, email, passwordHash } });
    const workspace = await tx.workspace.create({
      data: { name: workspaceName, slug: slugify(workspaceName), memberships: { create: { userId: user.id, role: "OWNER" } } },
    });
    await recordAuditEvent(tx, {
      workspaceId: workspace.id,
      actorId: user.id,
      action: "workspace.created",
      targetType: "workspace",
      targetId: workspace.id,
      data: { name: workspaceName },
      ...ctx.meta,
    });
    return true;
  });
}
