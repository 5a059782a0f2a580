import type { Metadata } from "next";
import { headers } from "next/headers";
import { Card } from "@/components/card";
import { RelativeTime } from "@/components/relative-time";
import { appOrigin } from "@/lib/config/app-origin";
import { db } from "@/lib/db";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: "Sandbox API console" };

export default async function SandboxConsole() {
  const clients = await db.sandboxClient.findMany({ orderBy: { createdAt: "desc" }, take: 100, select: { clientId: true, name: true, redirectUris: true, createdAt: true } });
  const origin = appOrigin({ headers: await headers() });
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Sandbox API console</h1>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Register a Server-based client, as in Zoho&apos;s API console. Then register it in the console with its id and secret.</p>
      </div>
      <RegisterForm defaultRedirectUri={`${origin}/oauth/callback`} />
      <section>
        <h2 className="text-lg font-semibold">Registered sandbox clients</h2>
        {clients.length === 0 ? (
          <p className="mt-2 text-sm text-zinc-500">None yet: register one above.</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {clients.map((c) => (
              <li key={c.clientId}>
                <Card className="text-sm">
                  <div className="flex justify-between gap-2"><span className="font-medium">{c.name}</span><span className="text-xs text-zinc-500"><RelativeTime date={c.createdAt} /></span></div>
                  <div className="mt-1 font-mono text-xs">{c.clientId}</div>
                  <div className="mt-1 font-mono text-xs text-zinc-500">{c.redirectUris.join(" · ")}</div>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
