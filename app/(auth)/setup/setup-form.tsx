"use client";
import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import { completeSetupAction } from "@/lib/account/actions";
import { initialFormState } from "@/lib/forms/form-state";

export function SetupForm() {
  const [state, action] = useActionState(completeSetupAction, initialFormState);
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <Field id="name" label="Your name" errors={e.name}>
        <input
          id="name"
          name="name"
          defaultValue={state.values?.name}
          autoComplete="name"
          required
          className={inputClass}
          aria-describedby={describedBy("name")}
        />
      </Field>
      <Field id="email" label="Email" errors={e.email}>
        <input
          id="email"
          name="email"
          defaultValue={state.values?.email}
          type="email"
          autoComplete="email"
          required
          className={inputClass}
          aria-describedby={describedBy("email")}
        />
      </Field>
      <Field id="password" label="Password" hint="At least 12 characters." errors={e.password}>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          className={inputClass}
          aria-describedby={describedBy("password", true)}
        />
      </Field>
      <Field
        id="workspaceName"
        label="Workspace name"
        hint="Usually your team or company, e.g. “Acme Integrations”."
        errors={e.workspaceName}
      >
        <input
          id="workspaceName"
          name="workspaceName"
          defaultValue={state.values?.workspaceName}
          required
          className={inputClass}
          aria-describedby={describedBy("workspaceName", true)}
        />
      </Field>
      <FormMessage state={state} />
      <SubmitButton pendingText="Creating…">Create owner account</SubmitButton>
    </form>
  );
}
