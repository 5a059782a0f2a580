"use client";
import { useActionState, useState } from "react";
import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import { describedBy, Field, inputClass, TextField } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { RegisterState } from "@/lib/sandbox/register-sandbox-client";

const initial: RegisterState = {};

// `register` is the server action bound to the workspace the page shows.
export function RegisterForm({
  action: register,
  callbackUrl,
}: {
  action: (prev: RegisterState, formData: FormData) => Promise<RegisterState>;
  callbackUrl: string;
}) {
  const [state, action] = useActionState(register, initial);
  const e = state.fieldErrors ?? {};
  // Zoho asks for the type first: a Non-browser application has no redirect URI (the device flow).
  const [type, setType] = useState(state.values?.type === "NON_BROWSER" ? "NON_BROWSER" : "SERVER");
  return (
    <div className="space-y-4">
      <form action={action} data-action="sandbox-register-client" noValidate>
        <Card className="space-y-5">
          <TextField
            id="name"
            label="Name"
            hint="Shown on the sandbox's consent page."
            errors={e.name}
            defaultValue={state.values?.name}
            required
            maxLength={80}
            autoComplete="off"
          />
          <fieldset className="space-y-1">
            <legend className="text-sm font-medium">Client type</legend>
            {(
              [
                ["SERVER", "Server-based application — receives the redirect"],
                ["NON_BROWSER", "Non-browser application — TVs, CLIs, devices: the device flow, no redirect"],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input type="radio" name="type" value={value} checked={type === value} onChange={() => setType(value)} />
                {label}
              </label>
            ))}
          </fieldset>
          {type === "SERVER" && (
            <Field
              id="redirectUris"
              label="Redirect URIs (one per line)"
              hint={
                <>
                  Absolute http(s) URLs, matched exactly. This console receives callbacks at{" "}
                  <code className="font-mono">{callbackUrl}</code>.
                </>
              }
              errors={e.redirectUris}
            >
              <textarea
                id="redirectUris"
                name="redirectUris"
                rows={3}
                defaultValue={state.values?.redirectUris ?? callbackUrl}
                required
                spellCheck={false}
                className={`${inputClass} font-mono`}
                aria-describedby={describedBy("redirectUris", true)}
              />
            </Field>
          )}
          <FormMessage state={state} />
          <SubmitButton pendingText="Registering…">Register sandbox client</SubmitButton>
        </Card>
      </form>
      {state.created && (
        <Card className="space-y-4 border-emerald-400 dark:border-emerald-700">
          <div role="status">
            <p className="text-sm font-semibold">
              {state.created.name} is registered in {state.created.workspace}.
            </p>
            <p className="text-sm text-muted">Copy the client secret now: the sandbox keeps only a hash of it and never shows it again.</p>
          </div>
          <dl className="space-y-3">
            {(
              [
                ["Client ID", "sandbox-client-id", state.created.clientId, "Copy id"],
                ["Client Secret", "sandbox-client-secret", state.created.clientSecret, "Copy secret"],
              ] as const
            ).map(([label, id, value, copy]) => (
              <div key={id}>
                <dt id={`${id}-label`} className="text-xs font-medium text-muted">
                  {label}
                </dt>
                <dd className="mt-1 flex items-center gap-2">
                  <code
                    data-testid={id}
                    aria-labelledby={`${id}-label`}
                    className="break-all rounded bg-zinc-100 px-2 py-1 font-mono text-sm dark:bg-zinc-800"
                  >
                    {value}
                  </code>
                  {/* Not "Copy Client ID": getByLabel("Client ID") must find the value alone. */}
                  <CopyButton value={value} label={copy} />
                </dd>
              </div>
            ))}
          </dl>
        </Card>
      )}
    </div>
  );
}
