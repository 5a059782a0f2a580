import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { Card } from "@/components/card";
import { appOrigin } from "@/lib/config/app-origin";
import { requireSandboxUser } from "@/lib/sandbox/require-sandbox-user";
import { SANDBOX_USERS, displayName } from "@/lib/sandbox/users";
import { sandboxAccountsServer } from "@/lib/data-centres/data-centre";
import { sandboxDataCentres } from "@/lib/sandbox/sandbox-data-centres";

export const metadata: Metadata = { title: "Zoho sandbox" };
export const dynamic = "force-dynamic";

const ENDPOINTS = [
  ["GET", "/oauth/v2/auth", "consent page: pick a sandbox user, Accept or Reject"],
  ["POST", "/oauth/v2/token", "authorization_code and refresh_token grants"],
  ["POST", "/oauth/v2/token/revoke?token=…", "revoke a refresh token and its access tokens"],
  ["GET", "/oauth/user/info", "Authorization: Zoho-oauthtoken …, needs AaaServer.profile.READ"],
  ["POST", "/oauth/v3/device/code", "device flow (Non-browser clients): a user code, a device code, the verification page"],
  [
    "POST",
    "/oauth/v3/device/token",
    "device flow polling: authorization_pending, slow_down, other_dc, access_denied, expired, or the tokens",
  ],
  ["GET", "/oauth/v3/device", "the verification page: enter the user code, then Accept or Reject"],
];

// For signed-in console users; the Zoho-shaped endpoints it lists answer anyone, as Zoho's do.
export default async function SandboxHome() {
  await requireSandboxUser("/sandbox");
  const origin = appOrigin({ headers: await headers() });
  const dataCentres = await sandboxDataCentres();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Built-in Zoho sandbox</h1>
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          A Zoho accounts server for every data centre, served by this console over real HTTP, with Zoho&apos;s answers, errors and limits:
          grant codes live 60 seconds by default (its fault settings change that) and work once, refresh tokens come only with
          <code className="font-mono"> access_type=offline</code>, at most 10 grant codes per client in 10 minutes, 10 access tokens per
          refresh token in 10 minutes and 20 refresh tokens per user per client (the 21st silently revokes the oldest).
        </p>
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          The quickest start: <b>Try it with the sandbox</b> on a workspace&apos;s overview registers a demo client here and in the
          workspace and opens the builder.
        </p>
        <div className="mt-4 flex flex-wrap gap-4 text-sm font-medium">
          <Link className="text-indigo-600 hover:underline dark:text-indigo-400" href="/sandbox/console">
            Sandbox API console: register a client and bring it into a workspace →
          </Link>
          <a className="text-indigo-600 hover:underline dark:text-indigo-400" href="/sandbox/oauth/serverinfo">
            serverinfo (JSON) →
          </a>
        </div>
      </div>

      <Card>
        <h2 className="text-sm font-semibold">Endpoints, under each accounts server</h2>
        <ul className="mt-3 space-y-1.5 text-sm">
          {ENDPOINTS.map(([method, path, what]) => (
            <li key={path}>
              <code className="font-mono text-xs">
                {method} {path}
              </code>{" "}
              <span className="text-muted">— {what}</span>
            </li>
          ))}
        </ul>
      </Card>

      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
        <table className="w-full text-left text-sm">
          <caption className="px-5 pt-4 text-left text-sm font-semibold">Accounts servers and sandbox users</caption>
          <thead className="text-xs text-muted">
            <tr>
              <th scope="col" className="px-5 py-2 font-medium">
                Location
              </th>
              <th scope="col" className="px-5 py-2 font-medium">
                Accounts server
              </th>
              <th scope="col" className="px-5 py-2 font-medium">
                User
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
            {dataCentres.map((dc) => (
              <tr key={dc.location}>
                <td className="px-5 py-2 whitespace-nowrap">
                  <span className="font-mono">{dc.location}</span> <span className="text-muted">{dc.label}</span>
                </td>
                <td className="px-5 py-2 font-mono text-xs">{sandboxAccountsServer(origin, dc.location)}</td>
                <td className="px-5 py-2">
                  {SANDBOX_USERS.filter((u) => u.location === dc.location).map((u) => (
                    <div key={u.id}>
                      {displayName(u)}
                      {u.noOrg && (
                        <span className="text-xs text-amber-700 dark:text-amber-400">
                          {" "}
                          — no organization: consent to CRM, Desk or Bigin scopes ends in error=no_org
                        </span>
                      )}{" "}
                      <span className="block text-xs text-muted">{u.email}</span>
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="px-5 pb-4 pt-2 text-xs text-muted">
          Logins start at <span className="font-mono">/sandbox/us</span> for everyone except China, whose users sign in at{" "}
          <span className="font-mono">/sandbox/cn</span>. The redirect names the user&apos;s own data centre.
        </p>
      </div>
    </div>
  );
}
