"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

const FIELDS = [
  ["location", "Location code", "As Zoho's redirect names it, e.g. ae", "ae"],
  ["label", "Name", "Shown in pickers", "United Arab Emirates"],
  ["accountsServer", "Accounts server", "https://accounts.zoho.<domain>", "https://accounts.zoho.ae"],
  ["apiDomain", "API domain (optional)", "Empty: www.zohoapis.<domain>", "https://www.zohoapis.ae"],
] as const;

export function AddDataCentreForm({ action }: { action: (prev: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} data-action="add-data-centre" className="mt-4 grid gap-4 sm:grid-cols-2" noValidate>
      {FIELDS.map(([name, label, hint, placeholder]) => (
        <Field key={name} id={name} label={label} hint={hint} errors={state.fieldErrors?.[name]}>
          <input
            id={name}
            name={name}
            placeholder={placeholder}
            defaultValue={state.ok ? "" : state.values?.[name]}
            className={inputClass}
            aria-describedby={describedBy(name, true)}
          />
        </Field>
      ))}
      <div className="sm:col-span-2">
        <FormMessage state={state} success="toast" className="mb-3" />
        <SubmitButton pendingText="Adding…">Add data centre</SubmitButton>
      </div>
    </form>
  );
}
