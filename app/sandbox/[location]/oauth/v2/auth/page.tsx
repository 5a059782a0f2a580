import type { Metadata } from "next";
import { Card } from "@/components/card";
import { buttonClass } from "@/components/button-class";
import { checkAuthRequest } from "@/lib/sandbox/check-auth-request";
import { SANDBOX_USERS } from "@/lib/sandbox/users";
import { dataCentre } from "@/lib/zoho/data-centres";

export const metadata: Metadata = { title: "Sandbox consent" };

type Props = { params: Promise<{ location: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// GET /sandbox/{location}/oauth/v2/auth — Zoho's authorization page: sign in as a sandbox user, consent.
export default async function ConsentPage({ params, searchParams }: Props) {
  const { location } = await params;
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(await searchParams)) if (typeof v === "string") query.set(k, v);
  const check = await checkAuthRequest(location, query);
  if (!check.ok) {
    return (
      <Card className="border-red-300 dark:border-red-800">
        <h1 className="text-xl font-semibold text-red-700 dark:text-red-400" data-testid="sandbox-error">{check.title}</h1>
        <p className="mt-2 text-sm">{check.message}</p>
        <p className="mt-4 text-xs text-zinc-500">Zoho shows this page itself and does not redirect back to the application.</p>
      </Card>
    );
  }
  const { params: auth, clientName } = check;
  const preselected = SANDBOX_USERS.find((u) => u.location === location) ?? SANDBOX_USERS[0];
  const hidden = { client_id: auth.clientId, response_type: "code", redirect_uri: auth.redirectUri, scope: auth.scopes.join(","), state: auth.state, access_type: auth.accessType, prompt: auth.prompt };
  return (
    <Card>
      <p className="text-xs uppercase tracking-wide text-zinc-500">accounts server: {dataCentre(location)?.label ?? location} (sandbox)</p>
      <h1 className="mt-2 text-xl font-semibold"><span data-testid="sandbox-client-name">{clientName}</span> would like to access your Zoho account</h1>
      <ul className="mt-3 list-inside list-disc font-mono text-sm">{auth.scopes.map((s) => <li key={s}>{s}</li>)}</ul>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        {auth.accessType === "offline" ? "Offline access: the application keeps access until you revoke it (a refresh token)." : "Online access: one hour, no refresh token."}
      </p>
      <form method="POST" action={`/sandbox/${location}/oauth/v2/auth/consent`} className="mt-6 space-y-4">
        {Object.entries(hidden).map(([name, value]) => value !== null && <input key={name} type="hidden" name={name} value={value} />)}
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Sign in as</legend>
          {SANDBOX_USERS.map((u) => (
            <label key={u.id} className="flex items-center gap-2 text-sm">
              <input type="radio" name="user" value={u.id} defaultChecked={u.id === preselected.id} required />
              <span>{u.firstName} {u.lastName} ({u.email}) — {u.location.toUpperCase()}</span>
            </label>
          ))}
        </fieldset>
        <div className="flex gap-3">
          <button type="submit" name="decision" value="accept" className={buttonClass()}>Accept</button>
          <button type="submit" name="decision" value="reject" className={buttonClass("secondary")}>Reject</button>
        </div>
      </form>
    </Card>
  );
}
