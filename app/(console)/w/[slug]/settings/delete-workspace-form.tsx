"use client";
import { useActionState } from "react";
import { TextField } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

export function DeleteWorkspaceForm({
  action,
  slug,
}: {
  action: (prev: FormState, formData: FormData) => Promise<FormState>;
  slug: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} data-action="delete-workspace" className="mt-4 space-y-3" noValidate>
      <TextField id="confirmSlug" label={`Type ${slug} to confirm`} errors={state.fieldErrors?.confirmSlug} autoComplete="off" />
      <FormMessage state={state} />
      <SubmitButton variant="danger" pendingText="Deleting…">
        Delete workspace
      </SubmitButton>
    </form>
  );
}
