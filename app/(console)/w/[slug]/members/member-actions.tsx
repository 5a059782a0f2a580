"use client";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { ActionButton } from "@/components/action-button";
import { inputClass } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { Badge } from "@/components/badge";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

function useToastResult(state: FormState) {
  useEffect(() => {
    if (state.message) (state.ok ? toast.success : toast.error)(state.message);
  }, [state]);
}

export function MemberActions({
  userId,
  name,
  role,
  self,
  assignable,
  canRemove,
  changeRole,
  remove,
}: {
  userId: string;
  name: string;
  role: string;
  self: boolean;
  assignable: readonly string[];
  canRemove: boolean;
  changeRole: Action;
  remove: Action;
}) {
  const [roleState, roleAction] = useActionState(changeRole, initialFormState);
  const [removeState, removeAction] = useActionState(remove, initialFormState);
  useToastResult(roleState);
  useToastResult(removeState);
  return (
    <div className="flex flex-wrap items-center gap-2">
      {assignable.length > 1 ? (
        <form action={roleAction} data-action="change-role" className="flex items-center gap-2">
          <input type="hidden" name="userId" value={userId} />
          <label className="sr-only" htmlFor={`role-${userId}`}>
            Role of {name}
          </label>
          <select id={`role-${userId}`} name="role" defaultValue={role} className={`${inputClass} w-32 py-1`}>
            {assignable.map((r) => (
              <option key={r} value={r}>
                {r.toLowerCase()}
              </option>
            ))}
          </select>
          <SubmitButton variant="secondary" pendingText="Saving…">
            Change
          </SubmitButton>
        </form>
      ) : (
        <Badge>{role.toLowerCase()}</Badge>
      )}
      {canRemove && (
        <form
          action={removeAction}
          data-action={self ? "leave" : "remove-member"}
          onSubmit={(e) => {
            if (!confirm(self ? "Leave this workspace?" : "Remove this member?")) e.preventDefault();
          }}
        >
          <input type="hidden" name="userId" value={userId} />
          <SubmitButton variant="secondary" pendingText={self ? "Leaving…" : "Removing…"}>
            {self ? "Leave" : "Remove"}
          </SubmitButton>
        </form>
      )}
    </div>
  );
}

export function RevokeInviteButton({ action }: { action: Action }) {
  return <ActionButton name="revoke-invite" action={action} label="Revoke" pendingText="Revoking…" />;
}
