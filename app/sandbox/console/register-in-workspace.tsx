"use client";
import Link from "next/link";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { buttonClass } from "@/components/button-class";
import { SubmitButton } from "@/components/submit-button";
import type { InWorkspaceState } from "@/lib/sandbox/register-sandbox-client-in-workspace";

// "Register in workspace…" on a sandbox client the workspace does not have yet: the disclosure says
// what happens to the secret, the button registers it (the new secret goes server-side only).
export function RegisterInWorkspace({
  action: register,
  clientName,
  workspace,
  slug,
  redirects,
}: {
  action: (prev: InWorkspaceState, formData: FormData) => Promise<InWorkspaceState>;
  clientName: string;
  workspace: string;
  slug: string;
  /** Whether the client receives redirects (the builder), or not (a Self Client: its grants page). */
  redirects: boolean;
}) {
  const [state, action] = useActionState(register, {} as InWorkspaceState);
  useEffect(() => {
    if (state.message) (state.ok ? toast.success : toast.error)(state.message);
  }, [state]);
  if (state.clientId) {
    const next = redirects ? `/w/${slug}/authorize?client=${encodeURIComponent(state.clientId)}` : `/w/${slug}/grants`;
    return (
      <p role="status" className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <span>{state.message}</span>
        <Link href={`/w/${slug}/clients/${state.clientId}`} className="font-medium text-indigo-600 underline dark:text-indigo-400">
          See the client
        </Link>
        <Link href={next} className="font-medium text-indigo-600 underline dark:text-indigo-400">
          {redirects ? "Authorize it" : "Exchange a code"}
        </Link>
      </p>
    );
  }
  return (
    <details className="mt-3 text-sm" data-testid="register-in-workspace">
      <summary className={`${buttonClass("secondary")} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>
        Register in workspace…
      </summary>
      <form action={action} data-action="sandbox-register-in-workspace" className="mt-3 space-y-3">
        <p className="text-muted">
          Registers {clientName} as a console client of {workspace} (Built-in Zoho sandbox, development). The sandbox keeps only a hash of
          the secret it showed you, so it issues this client a <b>new secret</b> and hands it to the console directly: you never see it, and
          whatever still uses the old secret stops working.
        </p>
        {state.message && (
          <p role="alert" className="text-red-600 dark:text-red-400">
            {state.message}
          </p>
        )}
        <SubmitButton pendingText="Registering…">{`Register in ${workspace}`}</SubmitButton>
      </form>
    </details>
  );
}
