import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/badge";
import { buttonClass } from "@/components/button-class";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { RelativeTime } from "@/components/relative-time";
import { can } from "@/lib/auth/permissions";
import { consoleCallbackUrl } from "@/lib/authorizations/console-callbacks";
import { requestMeta } from "@/lib/request-meta";
import { createSandboxSelfClientAction, registerSandboxClientAction, registerSandboxClientInWorkspaceAction } from "@/lib/sandbox/actions";
import { listConsoleRegistrations } from "@/lib/sandbox/list-console-registrations";
import { listSandboxClients } from "@/lib/sandbox/list-sandbox-clients";
import { requireSandboxUser } from "@/lib/sandbox/require-sandbox-user";
import { listSandboxMemberships } from "@/lib/sandbox/sandbox-memberships";
import { SANDBOX_USERS, userLabel } from "@/lib/sandbox/users";
import { RegisterForm } from "./register-form";
import { RegisterInWorkspace } from "./register-in-workspace";
import { SelfClientForm } from "./self-client-form";
import { WorkspacePicker } from "./workspace-picker";

export const metadata: Metadata = { title: "Sandbox API console" };
const SANDBOX_TYPE_LABELS: Record<string, string> = { SERVER: "Server-based", SELF: "Self Client", NON_BROWSER: "Non-browser" };
export const dynamic = "force-dynamic";

// Zoho's API console, for the sandbox: register Server-based clients and Self Clients for one of the
// user's workspaces (?workspace=<slug>, else their first), and see that workspace's clients only.
export default async function SandboxConsole({ searchParams }: { searchParams: Promise<{ workspace?: string | string[] }> }) {
  const wanted = (await searchParams).workspace;
  const slug = typeof wanted === "string" ? wanted : undefined;
  const user = await requireSandboxUser(slug ? `/sandbox/console?workspace=${encodeURIComponent(slug)}` : "/sandbox/console");
  const memberships = await listSandboxMemberships(user.id);
  if (memberships.length === 0) {
    return (
      <EmptyState
        title="No workspace yet"
        action={
          <Link href="/workspaces/new" className={buttonClass()}>
            Create a workspace
          </Link>
        }
      >
        Sandbox clients belong to a workspace. Create one, or ask an owner to invite you.
      </EmptyState>
    );
  }
  const current = slug ? memberships.find((m) => m.workspace.slug === slug) : memberships[0];
  if (!current || !can(current.role, "clients:read")) notFound();
  const { workspace } = current;
  const ctx = { actor: { kind: "member" as const, userId: user.id, role: current.role }, workspace, meta: await requestMeta() };
  const [clients, h] = await Promise.all([listSandboxClients(ctx, {}), headers()]);
  const callbackUrl = consoleCallbackUrl(h);
  const registered = await listConsoleRegistrations(ctx, { clientIds: clients.map((c) => c.clientId) });
  const canRegisterHere = can(current.role, "clients:write") && can(current.role, "sandbox:write");
  return (
    <div className="space-y-10">
      <div className="space-y-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Sandbox API console</h1>
          <p className="mt-1 text-sm text-muted">
            Register a Server-based or Non-browser client, as in Zoho&apos;s API console. Then bring it into the console with{" "}
            <em>Register in workspace…</em> on its row below (no secret to copy), or under{" "}
            <em>Clients → Register a client → Built-in Zoho sandbox</em> with its client ID and secret. Sandbox clients belong to a
            workspace: only its members see them, and its fault settings apply to them alone.
          </p>
        </div>
        {memberships.length > 1 ? (
          <WorkspacePicker current={workspace.slug} workspaces={memberships.map((m) => m.workspace)} />
        ) : (
          <p className="text-sm">
            Workspace:{" "}
            <span className="font-medium" data-testid="sandbox-workspace">
              {workspace.name}
            </span>
          </p>
        )}
      </div>
      {can(current.role, "sandbox:write") ? (
        <>
          <RegisterForm
            key={`register-${workspace.slug}`}
            action={registerSandboxClientAction.bind(null, workspace.slug)}
            callbackUrl={callbackUrl}
          />
          <SelfClientForm
            key={`self-${workspace.slug}`}
            action={createSandboxSelfClientAction.bind(null, workspace.slug)}
            users={SANDBOX_USERS.map((u) => ({ id: u.id, label: userLabel(u) }))}
          />
        </>
      ) : (
        <p className="rounded-md border border-zinc-200 p-4 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          Your role in {workspace.name} can see its sandbox clients but not register any: developers, admins and owners can.
        </p>
      )}
      <section aria-labelledby="sandbox-clients-heading">
        <h2 id="sandbox-clients-heading" className="text-lg font-semibold">{`Sandbox clients of ${workspace.name}`}</h2>
        {clients.length === 0 ? (
          <div className="mt-3">
            <EmptyState title="No sandbox clients yet">Register one above; it works at every sandbox data centre.</EmptyState>
          </div>
        ) : (
          <ul className="mt-3 space-y-3">
            {clients.map((c) => (
              <li key={c.clientId} data-testid="sandbox-client-row">
                <Card className="text-sm">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <span className="flex items-baseline gap-2">
                      <span className="font-medium">{c.name}</span>
                      <Badge>{SANDBOX_TYPE_LABELS[c.type] ?? c.type}</Badge>
                    </span>
                    <span className="text-xs text-muted">
                      {workspace.name} · registered <RelativeTime date={c.createdAt} />
                    </span>
                  </div>
                  <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                    <dt className="text-xs text-muted">Client ID</dt>
                    <dd className="font-mono text-xs break-all">{c.clientId}</dd>
                    <dt className="text-xs text-muted">Redirect URIs</dt>
                    <dd>
                      {c.redirectUris.length ? (
                        <ul>
                          {c.redirectUris.map((uri) => (
                            <li key={uri} className="font-mono text-xs break-all">
                              {uri}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="text-xs text-muted">none ({SANDBOX_TYPE_LABELS[c.type] ?? c.type})</span>
                      )}
                    </dd>
                  </dl>
                  <InWorkspace
                    registered={registered.get(c.clientId)}
                    slug={workspace.slug}
                    workspace={workspace.name}
                    row={c}
                    canRegister={canRegisterHere}
                  />
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

// A row's link to its console client, or "Register in workspace…" for those who may register clients.
function InWorkspace({
  registered,
  slug,
  workspace,
  row,
  canRegister,
}: {
  registered?: { id: string; name: string; archived: boolean };
  slug: string;
  workspace: string;
  row: { clientId: string; name: string; type: string };
  canRegister: boolean;
}) {
  if (registered)
    return (
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <span>
          In {workspace} as{" "}
          <Link className="font-medium text-indigo-600 underline dark:text-indigo-400" href={`/w/${slug}/clients/${registered.id}`}>
            {registered.name}
          </Link>
          {registered.archived && " (archived)"}
        </span>
        {!registered.archived && row.type !== "SELF" && (
          <Link
            className="font-medium text-indigo-600 underline dark:text-indigo-400"
            href={`/w/${slug}/authorize?client=${encodeURIComponent(registered.id)}`}
          >
            Authorize it
          </Link>
        )}
      </p>
    );
  if (!canRegister) return null;
  return (
    <RegisterInWorkspace
      action={registerSandboxClientInWorkspaceAction.bind(null, slug, row.clientId)}
      clientName={row.name}
      workspace={workspace}
      slug={slug}
      redirects={row.type !== "SELF"}
    />
  );
}
