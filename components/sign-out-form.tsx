import { SubmitButton } from "@/components/submit-button";
import { signOutNow } from "@/lib/actions/sign-out";

// The header's sign-out button: ends this browser's session (lib/actions/sign-out.ts).
export function SignOutForm() {
  return (
    <form action={signOutNow} data-action="sign-out">
      <SubmitButton variant="secondary" pendingText="Signing out…">Sign out</SubmitButton>
    </form>
  );
}
