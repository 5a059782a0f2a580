import type { Metadata } from "next";
import { createWorkspaceAction } from "@/lib/workspaces/actions";
import { requireUser } from "@/lib/auth/require-member";
import { NameForm } from "@/components/name-form";

export const metadata: Metadata = { title: "New workspace" };

export default async function NewWorkspacePage() {
  await requireUser();
  return (
    <>
      <h1 className="text-xl font-semibold">New workspace</h1>
      <p className="mt-1 text-sm text-muted">A workspace holds its own clients, grants, members and audit trail. You will be its owner.</p>
      <NameForm
        name="create-workspace"
        action={createWorkspaceAction}
        label="Workspace name"
        submit="Create workspace"
        pending="Creating…"
      />
    </>
  );
}
