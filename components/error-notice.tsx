"use client";
import { buttonClass } from "./button-class";

/**
 * The body of every error boundary (the error.tsx files under app/, and app/global-error.tsx): a plain sentence, a way
 * to try again, and the reference the operator finds in the server's log. Next.js logs a server error
 * with its `digest` and sends the browser only that digest (never the message or the stack, which may
 * name secrets): the digest is all this shows. An error thrown in the browser has no digest, and its
 * message is not shown either.
 */
export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div role="alert" data-testid="error-notice" className="mx-auto max-w-md py-12 text-center">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-sm text-muted">
        The console could not show this page. Try again; if it keeps failing, give your operator the reference below.
      </p>
      {digest && (
        <p className="mt-4 text-sm" data-testid="error-reference">
          Reference: <code className="font-mono">{digest}</code>
        </p>
      )}
      <button type="button" onClick={() => retry()} className={`${buttonClass()} mt-6`}>
        Try again
      </button>
    </div>
  );
}
