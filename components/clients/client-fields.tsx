"use client";
import { useState } from "react";
import { CopyButton } from "@/components/copy-button";
import { describedBy, Field, inputClass } from "@/components/field";
import { CLIENT_TYPE_RULES, type ClientTypeName } from "@/lib/zoho/client-types";
import { redirectUriWarnings } from "@/lib/zoho/validate-redirect-uri";

export type ClientValues = {
  name?: string;
  environment?: string;
  homeDc?: string;
  enabledDcs?: string;
  redirectUris?: string;
  defaultScopes?: string;
  notes?: string;
};

// The fields a client keeps after registration, shared by the register and edit forms.
export function ClientFields({
  type,
  values,
  errors,
  callbackUrl,
  dataCentres,
}: {
  type: ClientTypeName;
  values: ClientValues;
  errors: Record<string, string[] | undefined>;
  callbackUrl: string;
  dataCentres: { location: string; label: string }[];
}) {
  const rules = CLIENT_TYPE_RULES[type];
  const [uris, setUris] = useState(values.redirectUris ?? (rules.redirectUris === "required" ? callbackUrl : ""));
  const [homeDc, setHomeDc] = useState(values.homeDc ?? "us");
  const enabled = new Set((values.enabledDcs ?? "").split(",").filter(Boolean));
  const warnings = redirectUriWarnings(
    uris
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  );
  return (
    <>
      <Field id="name" label="Name" hint="How your team will recognise it." errors={errors.name}>
        <input
          id="name"
          name="name"
          defaultValue={values.name}
          required
          className={inputClass}
          aria-describedby={describedBy("name", true)}
        />
      </Field>
      {rules.redirectUris === "required" && (
        <Field
          id="redirectUris"
          label="Redirect URIs"
          hint={
            <span className="flex flex-wrap items-center gap-2">
              One per line, exactly as registered at Zoho. This console receives callbacks at{" "}
              <code className="min-w-0 font-mono break-all">{callbackUrl}</code>
              <CopyButton value={callbackUrl} label="Copy callback URL" />
            </span>
          }
          errors={errors.redirectUris}
        >
          <textarea
            id="redirectUris"
            name="redirectUris"
            rows={3}
            value={uris}
            onChange={(e) => setUris(e.target.value)}
            className={`${inputClass} font-mono`}
            aria-describedby={describedBy("redirectUris", true)}
          />
        </Field>
      )}
      {warnings.length > 0 && (
        <ul className="space-y-1 text-sm text-amber-700 dark:text-amber-400" aria-live="polite">
          {warnings.map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="homeDc" label="Home data centre" hint="Where the client was created in Zoho's API console." errors={errors.homeDc}>
          <select
            id="homeDc"
            name="homeDc"
            value={homeDc}
            onChange={(e) => setHomeDc(e.target.value)}
            className={inputClass}
            aria-describedby={describedBy("homeDc", true)}
          >
            {dataCentres.map((dc) => (
              <option key={dc.location} value={dc.location}>
                {dc.label} ({dc.location})
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="environment"
          label="Environment"
          hint="Shown wherever the client appears, so tokens never get mixed up."
          errors={errors.environment}
        >
          <select
            id="environment"
            name="environment"
            defaultValue={values.environment ?? "DEVELOPMENT"}
            className={inputClass}
            aria-describedby={describedBy("environment", true)}
          >
            <option value="DEVELOPMENT">Development</option>
            <option value="SANDBOX">Sandbox</option>
            <option value="PRODUCTION">Production</option>
          </select>
        </Field>
      </div>
      {rules.multiDc && (
        <fieldset>
          <legend className="text-sm font-medium">Also enabled in (Multi-DC)</legend>
          <p className="text-xs text-muted">
            Tick the data centres enabled for this client in Zoho&apos;s API console; users there can then authorize it.
          </p>
          <div className="mt-2 grid grid-cols-2 gap-1 sm:grid-cols-3">
            {dataCentres
              .filter((dc) => dc.location !== homeDc)
              .map((dc) => (
                <label key={dc.location} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="enabledDcs" value={dc.location} defaultChecked={enabled.has(dc.location)} />
                  {dc.label} ({dc.location})
                </label>
              ))}
          </div>
          {errors.enabledDcs && <p className="text-sm text-red-600">{errors.enabledDcs.join(" ")}</p>}
        </fieldset>
      )}
      <Field
        id="defaultScopes"
        label="Default scopes"
        hint="Comma-separated; the authorization builder starts with these."
        errors={errors.defaultScopes}
      >
        <input
          id="defaultScopes"
          name="defaultScopes"
          defaultValue={values.defaultScopes}
          spellCheck={false}
          placeholder="ZohoCRM.modules.ALL,AaaServer.profile.READ"
          className={`${inputClass} font-mono`}
          aria-describedby={describedBy("defaultScopes", true)}
        />
      </Field>
      <Field id="notes" label="Notes" errors={errors.notes}>
        <textarea
          id="notes"
          name="notes"
          rows={2}
          defaultValue={values.notes}
          className={inputClass}
          aria-describedby={describedBy("notes")}
        />
      </Field>
    </>
  );
}
