import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/button-class";
import { signOutAction } from "@/lib/account/actions";
import { anonymousContext } from "@/lib/account/user-context";
import { currentSession } from "@/lib/auth/require-member";
import { acceptInviteAction, signUpWithInviteAction } from "@/lib/members/actions";
import { getInvite } from "@/lib/members/get-invite";
import { AcceptInviteForm, InviteSignUpForm } from "./invite-forms";

export const metadata: Metadata = { title: "Invitation" };
export const dynamic = "force-dynamic";

const PROBLEMS = {
  unknown: "This invite link is not valid. Check that you copied all of it.",
  expired: "This invite has expired. Ask for a new one.",
  used: "This invite was already used. Sign in to reach the workspace.",
  revoked: "This invite was revoked. Ask for a new one.",
};

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { problem, invite, accountExists } = await getInvite(await anonymousContext(), { token });
  if (problem || !invite) {
    return (
      <>
        <h1 className="text-xl font-semibold">Invitation</h1>
        <p className="mt-3 text-sm" role="alert">
          {PROBLEMS[problem ?? "unknown"]}
        </p>
        <Link href="/sign-in" className={`${buttonClass("secondary")} mt-6`}>
          Sign in
        </Link>
      </>
    );
  }
  const session = await currentSession();
  const heading = (
    <>
      <h1 className="text-xl font-semibold">Join {invite.workspace.name}</h1>
      <p className="mt-1 text-sm text-muted">
        You are invited as <strong>{invite.role.toLowerCase()}</strong> ({invite.email}).
      </p>
    </>
  );
  if (session?.user) {
    if (session.user.email?.toLowerCase() !== invite.email) {
      return (
        <>
          {heading}
          <p className="mt-4 text-sm" role="alert">
            You are signed in as {session.user.email}. This invite is for {invite.email}.
          </p>
          <form action={signOutAction} className="mt-4">
            <button className={buttonClass("secondary")}>Sign out</button>
          </form>
        </>
      );
    }
    return (
      <>
        {heading}
        <AcceptInviteForm action={acceptInviteAction.bind(null, token)} />
      </>
    );
  }
  if (accountExists) {
    return (
      <>
        {heading}
        <p className="mt-4 text-sm">You already have an account. Sign in, then open this link again.</p>
        <Link href={`/sign-in?next=${encodeURIComponent(`/invite/${token}`)}`} className={`${buttonClass()} mt-4`}>
          Sign in to accept
        </Link>
      </>
    );
  }
  return (
    <>
      {heading}
      <InviteSignUpForm action={signUpWithInviteAction.bind(null, token)} email={invite.email} />
    </>
  );
}
