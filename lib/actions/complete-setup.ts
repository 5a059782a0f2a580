"use server";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { countUsers } from "@/lib/data/users/count-users";
import { slugify } from "@/lib/data/workspaces/slugify";
import { requestMeta } from "@/lib/request-meta";
import { setupSchema } from "@/lib/schemas/account";
import { formObject, invalid, withoutKeys, type FormState } from "./form-state";

// First run: the owner account and the first workspace. Refused once any user exists — checked first,
// before the form is even read: anyone can post here, and hashing a password is the expensive part.
export async function completeSetup(_prev: FormState, formData: FormData): Promise<FormState> {
  if ((await countUsers()) > 0) redirect("/sign-in");
  const input = formObject(formData);
  const parsed = setupSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, withoutKeys(input, ["password"]));
  const { name, email, password, workspaceName } = parsed.data;
  const passwordHash = await hashPassword(password);
  const meta = await requestMeta();
  const created = await db.$transaction(async (tx) => {
    // Two first visitors at once: the lock lets one in, the other finds a user and is sent to sign in.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('first-run-setup'))`;
    if ((await tx.user.count()) > 0) return false;
    const user = await tx.user.create({ data: { name, email, passwordHash } });
    const workspace = await tx.workspace.create({
      data: { name: workspaceName, slug: slugify(workspaceName), memberships: { create: { userId: user.id, role: "OWNER" } } },
    });
    await recordAuditEvent(tx, { workspaceId: workspace.id, actorId: user.id, action: "workspace.created", targetType: "workspace", targetId: workspace.id, data: { name: workspaceName }, ...meta });
    return true;
  });
  if (!created) redirect("/sign-in");
  try {
    await signIn("credentials", { email, password, redirectTo: "/" });
  } catch (error) {
    // The owner exists; only the automatic sign-in was refused (a sign-in limit on this address).
    if (error instanceof AuthError) redirect("/sign-in");
    throw error;
  }
  return { ok: true };
}
