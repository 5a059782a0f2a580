import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/button-class";
import { anonymousContext } from "@/lib/account/user-context";
import { findUnsubscribe } from "@/lib/alerts/unsubscribe/find-unsubscribe";
import { UNSUBSCRIBE_LIMIT } from "@/lib/alerts/unsubscribe/unsubscribe-limit";
import { consume } from "@/lib/rate-limit/rate-limit";

export const metadata: Metadata = { title: "Unsubscribe" };
export const dynamic = "force-dynamic";

// Where an alert mail's unsubscribe link lands (through /unsubscribe/{token}, which only GETs here): signed in
// or not, it names the workspace and asks to confirm. The button POSTs the RFC 8058 one-click body to the
// link itself, so a person and a mail client unsubscribe the same way.
export default async function UnsubscribeConfirmPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ctx = await anonymousContext();
  const verdict = await consume(UNSUBSCRIBE_LIMIT, ctx.meta.ip ?? "unknown");
  if (!verdict.ok) {
    return (
      <>
        <h1 className="text-xl font-semibold">Unsubscribe</h1>
        <p className="mt-3 text-sm" role="alert">
          Too many requests from your address. Try again in {verdict.retryAfterSeconds} seconds.
        </p>
      </>
    );
  }
  const target = await findUnsubscribe(ctx, { token });
  if (!target) {
    return (
      <>
        <h1 className="text-xl font-semibold">Unsubscribe</h1>
        <p className="mt-3 text-sm" role="alert">
          This unsubscribe link is not valid. Check that you copied all of it, or sign in and change your email notifications in the
          workspace.
        </p>
        <Link href="/sign-in" className={`${buttonClass("secondary")} mt-6`}>
          Sign in
        </Link>
      </>
    );
  }
  if (!target.subscribed) {
    return (
      <>
        <h1 className="text-xl font-semibold">You are unsubscribed</h1>
        <p className="mt-3 text-sm" role="status" data-testid="unsubscribed">
          {target.email} gets no alert mail from the workspace <strong>{target.workspace}</strong>. To get alerts by mail again, sign in and
          choose them under the bell&apos;s “Email me alerts”.
        </p>
        <Link href="/sign-in" className={`${buttonClass("secondary")} mt-6`}>
          Sign in
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="text-xl font-semibold">Unsubscribe from alert mail</h1>
      <p className="mt-3 text-sm">
        Stop mailing the alerts of the workspace <strong>{target.workspace}</strong> to {target.email}? The console keeps showing them in
        its bell.
      </p>
      <form method="post" action={`/unsubscribe/${token}`} data-action="unsubscribe" className="mt-6">
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <button type="submit" className={buttonClass()}>
          Unsubscribe
        </button>
      </form>
    </>
  );
}
