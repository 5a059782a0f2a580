import type { Metadata } from "next";
import { Card } from "@/components/card";
import { PageHeader } from "@/components/page-header";
import { SubmitButton } from "@/components/submit-button";
import { signOutEverywhereAction } from "@/lib/account/actions";
import { requireUser } from "@/lib/auth/require-member";
import { failOnPurpose } from "@/lib/test-fault";
import { countSessions } from "@/lib/auth/sessions/count-sessions";
import { SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS } from "@/lib/auth/sessions/session-policy";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requireUser();
  await failOnPurpose(); // only when the tests ask (lib/test-fault.ts)
  const sessions = await countSessions(user.id);
  return (
    <>
      <PageHeader title="Your account" description={`Signed in as ${user.email}`} />
      <div className="max-w-xl space-y-6">
        <Card>
          <h2 className="text-sm font-semibold">Change password</h2>
          <p className="mt-1 text-sm text-muted">Every other browser signed in as you is signed out; this one stays signed in.</p>
          <ChangePasswordForm />
        </Card>
        <Card>
          <h2 className="text-sm font-semibold">Where you are signed in</h2>
          <p className="mt-1 text-sm text-muted" data-testid="session-count">
            {sessions === 1 ? "In this browser only." : `In ${sessions} browsers, this one included.`} A session ends when you sign out,
            after {SESSION_IDLE_SECONDS / 3600} hours without use, or {SESSION_MAX_SECONDS / 3600} hours after signing in.
          </p>
          <form action={signOutEverywhereAction} data-action="sign-out-everywhere" className="mt-4">
            <SubmitButton variant="danger" pendingText="Signing out…">
              Sign out everywhere
            </SubmitButton>
          </form>
        </Card>
      </div>
    </>
  );
}
