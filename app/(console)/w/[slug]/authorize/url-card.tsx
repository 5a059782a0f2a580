"use client";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { EnvironmentBadge } from "@/components/badge";
import { CopyTabs } from "@/components/authorize/copy-tabs";
import { FindingsList, type ShownFinding } from "@/components/authorize/findings-list";
import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import type { MintedUrl } from "@/lib/authorizations/actions";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Props = {
  environment: string;
  /** The URL as shown: placeholders where the console fills in the state and PKCE challenge. */
  url: string;
  /** With a custom state: the URL to copy (the caller's own state, no placeholder). */
  customUrl: string | null;
  /** Set when the copied URL leaves out PKCE: the caller's app sends its own challenge. */
  pkceOwn: boolean;
  preflight: ShownFinding[];
  /** Mints a real single-use state for the form's settings (the request Authorize creates); the form's second action. */
  mint: (prev: FormState, formData: FormData) => Promise<FormState>;
  blocked: boolean;
  snippets: { id: string; label: string; text: string }[];
};

const buttonClass =
  "min-h-6 shrink-0 rounded border border-zinc-300 px-2 py-1 text-xs font-medium hover:bg-zinc-100 disabled:opacity-60 aria-busy:cursor-wait aria-busy:opacity-70 dark:border-zinc-700 dark:hover:bg-zinc-800";

// The authorization URL, its pre-flight checks and "Copy URL". With a console-managed state, Copy URL
// submits the builder's form to a second action that mints the same single-use state Authorize would
// (an AuthRequest bound to the member, 10 minutes) and copies THAT URL: a placeholder never reaches the
// clipboard. Without JavaScript the page comes back with the URL shown, to copy by hand.
export function UrlCard({ environment, url, customUrl, pkceOwn, preflight, mint, blocked, snippets }: Props) {
  const [state, mintAction, pending] = useActionState(mint, initialFormState);
  // Shown only while the settings are those it was minted for (a changed scope needs a new URL).
  const [mintedFor, setMintedFor] = useState<string | null>(url);
  const latest = (state as MintedUrl).url ?? null;
  const minted = latest && mintedFor === url ? latest : null;
  const refused = !latest ? (state.message ?? Object.values(state.fieldErrors ?? {}).flat()[0] ?? null) : null;
  const announced = useRef<FormState | null>(null);
  useEffect(() => {
    if (announced.current === state || (!latest && !state.message && !state.fieldErrors)) return;
    announced.current = state;
    if (!latest) {
      toast.error(state.message ?? "The URL could not be prepared: see the fields.");
      return;
    }
    navigator.clipboard
      .writeText(latest)
      .then(() =>
        toast.success("Copied a URL with a fresh single-use state: it works once, within 10 minutes, in a browser signed in as you."),
      )
      .catch(() =>
        toast.message("The URL is ready below with a fresh single-use state; the browser refused the clipboard, so copy it from there."),
      );
  }, [state, latest]);

  return (
    <Card className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="flex items-center gap-2 text-sm font-semibold">
          Authorization URL <EnvironmentBadge environment={environment} />
        </h2>
        {url &&
          (customUrl !== null ? (
            <CopyButton value={customUrl} label="Copy URL" />
          ) : (
            <button
              type="submit"
              formAction={mintAction}
              onClick={(ev) => {
                // Pending: aria-disabled, not disabled (a disabled button drops keyboard focus to <body>), so a
                // second press is ignored here.
                if (pending) return ev.preventDefault();
                setMintedFor(url);
                const form = ev.currentTarget.form;
                if (!form) return;
                // With JavaScript: the same action, without React's reset of the form after a form action.
                ev.preventDefault();
                const data = new FormData(form);
                startTransition(() => mintAction(data));
              }}
              formNoValidate
              data-action="mint-authorization-url"
              disabled={blocked}
              aria-disabled={pending || blocked}
              aria-busy={pending}
              data-testid="copy-minted-url"
              className={buttonClass}
            >
              {pending ? "Preparing URL…" : "Copy URL"}
            </button>
          ))}
      </div>
      <output data-testid="auth-url" aria-live="off" className="block break-all rounded bg-zinc-100 p-3 font-mono text-xs dark:bg-zinc-950">
        {url || "This client cannot start at that data centre."}
      </output>
      {url && customUrl === null && (
        <p className="text-xs text-muted" data-testid="copy-url-note">
          The state and PKCE challenge are filled in when you press Authorize or Copy URL: Copy URL starts a real authorization (single-use,
          10 minutes, only for you), so open the copied URL in a browser signed in here as you.
        </p>
      )}
      {pkceOwn && (
        <p className="text-xs text-muted" data-testid="copy-url-pkce-note">
          With a custom state the copied URL has no code_challenge: your app adds its own (the S256 of a verifier it keeps), since the
          console cannot hold a verifier for a flow it does not run.
        </p>
      )}
      {refused && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400" data-testid="mint-refused">
          Copy URL: {refused}
        </p>
      )}
      {minted && (
        <div className="space-y-1">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="text-xs font-medium">URL with a fresh single-use state (works once, for 10 minutes, signed in as you):</p>
            <CopyButton value={minted} label="Copy again" />
          </div>
          <output data-testid="minted-url" className="block break-all rounded bg-zinc-100 p-3 font-mono text-xs dark:bg-zinc-950">
            {minted}
          </output>
        </div>
      )}
      {url && (
        <section aria-labelledby="preflight-title" className="space-y-2" data-testid="preflight">
          <h3 id="preflight-title" className="text-sm font-semibold">
            Pre-flight
          </h3>
          <FindingsList findings={preflight} empty="The code comes back to this console." />
        </section>
      )}
      {url && <CopyTabs tabs={snippets} />}
    </Card>
  );
}
