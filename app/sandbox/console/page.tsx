import type { Metadata } from "next";
import { headers } from "next/headers";
import { Card } from "@/components/card";
import { EmptyState } from "@/components/empty-state";
import { RelativeTime } from "@/components/relative-time";
import { appOrigin } from "@/lib/config/app-origin";
import { listSandboxClients } from "@/lib/sandbox/list-sandbox-clients";
import { requireSandbox } from "@/lib/sandbox/require-sandbox";
import { SANDBOX_USERS, userLabel } from "@/lib/sandbox/users";
import { RegisterForm } from "./register-form";
import { SelfClientForm } from "./self-client-form";

export const metadata: Metadata = { title: "Sandbox API console" };
export const dynamic = "force-dynamic";

// Zoho's API console, for the sandbox: register Server-based clients and see them listed.
export default async function SandboxConsole() {
  requireSandbox();
  const [clients, h] = await Promise.all([listSandboxClients(), headers()]);
  const callbackUrl = `${appOrigin({ headers: h })}/oauth/callback`;
  return (
    <div className="space-y-10">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Sandbox API console</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          Register a Server-based client, as in Zoho&apos;s API console. Then register it in the console under
          <em> Clients → Register a client → Built-in Zoho sandbox</em> with its client ID and secret.
        </p>
      </div>
      <RegisterForm callbackUrl={callbackUrl} />
      <SelfClientForm users={SANDBOX_USERS.map((u) => ({ id: u.id, label: userLabel(u) }))} />
      <section aria-labelledby="sandbox-clients-heading">
        <h2 id="sandbox-clients-heading" className="text-lg font-semibold">Registered sandbox clients</h2>
        {clients.length === 0 ? (
          <div className="mt-3"><EmptyState title="No sandbox clients yet">Register one above; it works at every sandbox data centre.</EmptyState></div>
        ) : (
          <ul className="mt-3 space-y-3">
            {clients.map((c) => (
              <li key={c.clientId} data-testid="sandbox-client-row">
                <Card className="text-sm">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <span className="font-medium">{c.name}</span>
                    <span className="text-xs text-zinc-500 dark:text-zinc-400">registered <RelativeTime date={c.createdAt} /></span>
                  </div>
                  <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                    <dt className="text-xs text-zinc-500 dark:text-zinc-400">Client ID</dt>
                    <dd className="font-mono text-xs break-all">{c.clientId}</dd>
                    <dt className="text-xs text-zinc-500 dark:text-zinc-400">Redirect URIs</dt>
                    <dd>
                      <ul>{c.redirectUris.map((uri) => <li key={uri} className="font-mono text-xs break-all">{uri}</li>)}</ul>
                    </dd>
                  </dl>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
