import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { SANDBOX_USERS } from "@/lib/sandbox/users";

export const metadata: Metadata = { title: "Zoho sandbox" };

export default function SandboxHome() {
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Built-in Zoho sandbox</h1>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Every Zoho data centre has an accounts server here, at <code className="font-mono">/sandbox/&#123;location&#125;</code>,
        with Zoho&apos;s endpoints (<code className="font-mono">/oauth/v2/auth</code>, <code className="font-mono">/oauth/v2/token</code>,
        <code className="font-mono"> /oauth/v2/token/revoke</code>, <code className="font-mono">/oauth/user/info</code>), answers, errors and limits:
        codes live 60 seconds and work once, refresh tokens come only with access_type=offline, 20 refresh tokens per user per client.
      </p>
      <div className="flex gap-4 text-sm font-medium">
        <Link className="text-indigo-600 dark:text-indigo-400" href="/sandbox/console">Sandbox API console →</Link>
        <a className="text-indigo-600 dark:text-indigo-400" href="/sandbox/oauth/serverinfo">serverinfo (JSON) →</a>
      </div>
      <Card>
        <h2 className="text-sm font-semibold">Sandbox users</h2>
        <ul className="mt-2 space-y-1 text-sm">
          {SANDBOX_USERS.map((u) => <li key={u.id}>{u.firstName} {u.lastName} · {u.email} · <span className="uppercase">{u.location}</span></li>)}
        </ul>
      </Card>
    </div>
  );
}
