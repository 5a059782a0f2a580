"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { FormState } from "@/lib/forms/form-state";

// "Mark all read" on the alerts page: a form, so it works before JavaScript loads too. It stays when nothing
// is unread (pressing it then changes nothing), so focus never drops to the page when the count goes.
export function MarkReadForm({ action, unread }: { action: (prev: FormState, formData: FormData) => Promise<FormState>; unread: number }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} data-action="mark-alerts-read" className="flex items-center gap-2">
      <SubmitButton variant="secondary" pendingText="Marking…">
        Mark all read{unread > 0 && ` (${unread >= 100 ? "99+" : unread})`}
      </SubmitButton>
      <FormMessage state={state} success="toast" />
    </form>
  );
}
