import { SubmitButton } from "@/components/submit-button";
import { signOutAction } from "@/lib/account/actions";

// The header's sign-out button: ends this browser's session (lib/account/actions.ts).
export function SignOutForm() {
  return (
    <form action={signOutAction} data-action="sign-out">
      <SubmitButton variant="secondary" pendingText="Signing out…">
        Sign out
      </SubmitButton>
    </form>
  );
}
