import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/button-class";
import { Card } from "@/components/card";
import { NameForm } from "@/components/name-form";
import { PageHeader } from "@/components/page-header";
import { updateAuditRetentionAction } from "@/lib/audit/actions";
import { actorCan } from "@/lib/auth/context";
import { memberContext } from "@/lib/auth/member-context";
import { deleteWorkspaceAction, renameWorkspaceAction, updateLimitsAction } from "@/lib/workspaces/actions";
import { getWorkspaceSettings } from "@/lib/workspaces/get-workspace-settings";
import { DeleteWorkspaceForm } from "../delete-workspace-form";
import { LimitsForm } from "../limits-form";
import { RetentionForm } from "../retention-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await memberContext(slug, "workspace:manage");
  const { workspace } = ctx;
  const { limits, auditRetentionDays } = await getWorkspaceSettings(ctx);
  return (
    <>
      <PageHeader title="Settings" description={`Workspace ${workspace.slug}`} />
      <div className="max-w-xl space-y-6">
        <Card>
          <h2 className="text-sm font-semibold">Name</h2>
          <NameForm
            name="rename-workspace"
            action={renameWorkspaceAction.bind(null, workspace.slug)}
            label="Workspace name"
            submit="Rename"
            pending="Saving…"
            defaultValue={workspace.name}
          />
        </Card>
        <Card>
          <h2 className="text-sm font-semibold">Zoho&apos;s limits</h2>
          <p className="mt-1 text-sm text-muted">
            Zoho&apos;s own pages disagree on some of these; keep the numbers your Zoho account really enforces.
          </p>
          <LimitsForm action={updateLimitsAction.bind(null, workspace.slug)} values={limits} />
        </Card>
        <Card>
          <h2 className="text-sm font-semibold">Audit retention</h2>
          <p className="mt-1 text-sm text-muted">
            Old events are dropped a whole calendar month at a time, once every event in it is older than this. The drop is recorded in the
            trail, and the chain still verifies from there.
          </p>
          <RetentionForm action={updateAuditRetentionAction.bind(null, workspace.slug)} days={auditRetentionDays} />
        </Card>
        {actorCan(ctx.actor, "apikeys:manage") && (
          <Card>
            <h2 className="text-sm font-semibold">API keys</h2>
            <p className="mt-1 text-sm text-muted">
              Keys for your services: list grants and fetch fresh access tokens over the console&apos;s API, without a person signing in.
            </p>
            <Link href={`/w/${workspace.slug}/settings/api-keys`} className={`${buttonClass("secondary")} mt-3`}>
              Manage API keys
            </Link>
          </Card>
        )}
        {actorCan(ctx.actor, "webhooks:manage") && (
          <Card>
            <h2 className="text-sm font-semibold">Webhooks</h2>
            <p className="mt-1 text-sm text-muted">
              Signed alerts to your systems when a grant is revoked, invalidated by Zoho, or fails to refresh.
            </p>
            <Link href={`/w/${workspace.slug}/settings/webhooks`} className={`${buttonClass("secondary")} mt-3`}>
              Manage webhooks
            </Link>
          </Card>
        )}
        {actorCan(ctx.actor, "datacentres:manage") && (
          <Card>
            <h2 className="text-sm font-semibold">Data centres</h2>
            <p className="mt-1 text-sm text-muted">
              Zoho&apos;s data centres as the whole console knows them: refresh them from Zoho&apos;s serverinfo, add one Zoho has opened,
              or stop offering one.
            </p>
            <Link href={`/w/${workspace.slug}/settings/data-centres`} className={`${buttonClass("secondary")} mt-3`}>
              Manage data centres
            </Link>
          </Card>
        )}
        {actorCan(ctx.actor, "workspace:delete") && (
          <Card className="border-red-300 dark:border-red-900">
            <h2 className="text-sm font-semibold text-red-700 dark:text-red-400">Delete this workspace</h2>
            <p className="mt-1 text-sm text-muted">
              Deletes its clients, encrypted secrets, grants, callbacks and audit trail for everyone. Tokens at Zoho are not revoked: revoke
              grants first if they must stop working.
            </p>
            <DeleteWorkspaceForm action={deleteWorkspaceAction.bind(null, workspace.slug)} slug={workspace.slug} />
          </Card>
        )}
      </div>
    </>
  );
}
