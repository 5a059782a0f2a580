"use client";
import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

// Delete, confirmed; on success back to the list (this page no longer exists).
export function DeleteEndpointButton({
  action,
  listUrl,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  listUrl: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const router = useRouter();
  useEffect(() => {
    if (!state.message) return;
    (state.ok ? toast.success : toast.error)(state.message);
    if (state.ok) router.push(listUrl);
  }, [state, router, listUrl]);
  return (
    <form
      action={formAction}
      data-action="delete-webhook-endpoint"
      onSubmit={(e) => {
        if (!confirm("Delete this endpoint and its delivery log? Nothing queued for it is sent.")) e.preventDefault();
      }}
    >
      <SubmitButton variant="danger" pendingText="Deleting…">
        Delete
      </SubmitButton>
    </form>
  );
}
