import Link from "next/link";
import { NavLink } from "@/components/nav-link";
import { SignOutForm } from "@/components/sign-out-form";
import { WorkspaceSwitcher } from "@/components/workspace-switcher";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/require-member";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";

export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, workspace, role } = await requireMember(slug, "clients:read");
  const base = `/w/${workspace.slug}`;
  return (
    <div className="min-h-screen">
      <header className="border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-6 py-3">
          <Link href={base} className="text-sm font-semibold text-indigo-600 dark:text-indigo-400">
            Zoho OAuth Console
          </Link>
          <WorkspaceSwitcher current={workspace} workspaces={await listMyWorkspaces(user.id)} />
          <nav aria-label="Workspace" className="flex flex-wrap gap-1">
            <NavLink href={base} exact>
              Overview
            </NavLink>
            <NavLink href={`${base}/clients`}>Clients</NavLink>
            {can(role, "authorize") && <NavLink href={`${base}/authorize`}>Authorize</NavLink>}
            <NavLink href={`${base}/callbacks`}>Callbacks</NavLink>
            <NavLink href={`${base}/debug`}>Debugger</NavLink>
            <NavLink href={`${base}/grants`}>Grants</NavLink>
            <NavLink href={`${base}/members`}>Members</NavLink>
            <NavLink href={`${base}/audit`}>Audit</NavLink>
            <NavLink href={`${base}/api`}>API</NavLink>
            {can(role, "workspace:manage") && <NavLink href={`${base}/settings`}>Settings</NavLink>}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="text-muted">
              <Link href="/account" className="underline-offset-2 hover:underline" title="Your account: password, sessions">
                {user.email}
              </Link>{" "}
              · {role.toLowerCase()}
            </span>
            <SignOutForm />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
    </div>
  );
}
