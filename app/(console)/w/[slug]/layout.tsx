import Link from "next/link";
import { AlertBell } from "@/components/alert-bell";
import { MobileNav } from "@/components/mobile-nav";
import { NavLink } from "@/components/nav-link";
import { SignOutForm } from "@/components/sign-out-form";
import { SkipLink } from "@/components/skip-link";
import { WorkspaceSwitcher } from "@/components/workspace-switcher";
import { countUnreadAlerts } from "@/lib/alerts/count-unread-alerts";
import { memberContext } from "@/lib/auth/member-context";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/require-member";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";

// The console's shell: a skip link, one header row (the links fold behind "Menu" below 640 px), and the
// page in <main id="content">, which the skip link focuses.
export default async function WorkspaceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { user, workspace, role } = await requireMember(slug, "clients:read");
  const base = `/w/${workspace.slug}`;
  // The bell's count: one indexed query (lib/alerts/count-unread-alerts.ts); the list loads when it opens.
  const unread = await countUnreadAlerts(await memberContext(slug, "alerts:read"));
  return (
    <div className="min-h-screen">
      <SkipLink />
      <header className="relative border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mx-auto flex max-w-6xl items-center gap-x-3 gap-y-2 px-4 py-3 sm:flex-wrap sm:gap-x-6 sm:px-6">
          <Link href={base} className="shrink-0 text-sm font-semibold text-indigo-600 dark:text-indigo-400">
            Zoho OAuth Console
          </Link>
          <WorkspaceSwitcher current={workspace} workspaces={await listMyWorkspaces(user.id)} />
          <MobileNav>
            <nav aria-label="Workspace" className="flex flex-col gap-1 sm:flex-row sm:flex-wrap">
              <NavLink href={base} exact>
                Overview
              </NavLink>
              <NavLink href={`${base}/clients`}>Clients</NavLink>
              {can(role, "authorize") && <NavLink href={`${base}/authorize`}>Authorize</NavLink>}
              <NavLink href={`${base}/callbacks`}>Callbacks</NavLink>
              <NavLink href={`${base}/debug`}>Debugger</NavLink>
              <NavLink href={`${base}/grants`}>Grants</NavLink>
              <NavLink href={`${base}/reviews`}>Reviews</NavLink>
              <NavLink href={`${base}/members`}>Members</NavLink>
              <NavLink href={`${base}/audit`}>Audit</NavLink>
              <NavLink href={`${base}/api`}>API</NavLink>
              {can(role, "workspace:manage") && <NavLink href={`${base}/settings`}>Settings</NavLink>}
            </nav>
            <div className="flex flex-wrap items-center gap-3 border-t border-zinc-200 pt-4 text-sm sm:ml-auto sm:border-0 sm:pt-0 dark:border-zinc-800">
              <span className="min-w-0 text-muted">
                <Link href="/account" className="break-all underline-offset-2 hover:underline" title="Your account: password, sessions">
                  {user.email}
                </Link>{" "}
                · {role.toLowerCase()}
              </span>
              <SignOutForm />
            </div>
          </MobileNav>
          <AlertBell slug={workspace.slug} unread={unread} />
        </div>
      </header>
      <main id="content" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 outline-none sm:px-6">
        {children}
      </main>
    </div>
  );
}
