import type { Metadata } from "next";
import { Badge } from "@/components/badge";
import { Card } from "@/components/card";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { can, canAssignRole, ROLE_DESCRIPTIONS, ROLES } from "@/lib/auth/permissions";
import { memberContext } from "@/lib/auth/member-context";
import { changeMemberRoleAction, createInviteAction, removeMemberAction, revokeInviteAction } from "@/lib/members/actions";
import { listMembers } from "@/lib/members/list-members";
import { listOpenInvites } from "@/lib/members/list-open-invites";
import { InviteForm } from "./invite-form";
import { MemberActions, RevokeInviteButton } from "./member-actions";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await memberContext(slug, "members:read");
  const { workspace } = ctx;
  const { userId, role } = ctx.actor;
  const [members, invites] = await Promise.all([listMembers(ctx), listOpenInvites(ctx)]);
  const manage = can(role, "members:manage");
  return (
    <>
      <PageHeader title="Members" description="Who can see and change this workspace. Roles decide what each person may do." />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <ul className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
            {members.map((m) => (
              <li key={m.user.id} className="flex flex-wrap items-center gap-3 px-4 py-3" data-testid="member-row">
                <div className="min-w-0 flex-1">
                  <p className="font-medium break-words">
                    {m.user.name} {m.user.id === userId && <span className="text-xs text-muted">(you)</span>}
                  </p>
                  <p className="text-sm break-words text-muted">
                    {m.user.email} · joined <RelativeTime date={m.createdAt} />
                  </p>
                </div>
                <MemberActions
                  userId={m.user.id}
                  name={m.user.name}
                  role={m.role}
                  self={m.user.id === userId}
                  assignable={manage ? ROLES.filter((r) => canAssignRole(role, m.role, r)) : []}
                  canRemove={m.user.id === userId || (manage && canAssignRole(role, m.role, "VIEWER"))}
                  changeRole={changeMemberRoleAction.bind(null, workspace.slug)}
                  remove={removeMemberAction.bind(null, workspace.slug)}
                />
              </li>
            ))}
          </ul>
          {manage && invites.length > 0 && (
            <section>
              <h2 className="text-sm font-semibold">Pending invites</h2>
              <ul className="mt-2 divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
                {invites.map((i) => (
                  <li key={i.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm" data-testid="invite-row">
                    <span className="min-w-0 flex-1 break-words">{i.email}</span>
                    <Badge>{i.role.toLowerCase()}</Badge>
                    <span className="text-xs text-muted">
                      expires <RelativeTime date={i.expiresAt} />
                    </span>
                    <RevokeInviteButton action={revokeInviteAction.bind(null, workspace.slug, i.id)} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <div className="space-y-4">
          {manage && (
            <InviteForm action={createInviteAction.bind(null, workspace.slug)} roles={ROLES.filter((r) => canAssignRole(role, null, r))} />
          )}
          <Card>
            <h2 className="text-sm font-semibold">Roles</h2>
            <dl className="mt-2 space-y-2 text-sm">
              {ROLES.map((r) => (
                <div key={r}>
                  <dt className="font-medium">{r.toLowerCase()}</dt>
                  <dd className="text-muted">{ROLE_DESCRIPTIONS[r]}</dd>
                </div>
              ))}
            </dl>
          </Card>
        </div>
      </div>
    </>
  );
}
