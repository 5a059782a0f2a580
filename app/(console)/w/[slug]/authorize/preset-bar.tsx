"use client";
import { useActionState, useEffect } from "react";
import Link from "next/link";
import { toast } from "sonner";
import { CopyButton } from "@/components/copy-button";
import { inputClass } from "@/components/field";
import { SubmitButton } from "@/components/submit-button";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

export type PresetSettings = {
  location: string;
  scopes: string[];
  accessType: "online" | "offline";
  promptConsent: boolean;
  orgWide: boolean;
  pkce: boolean;
  redirectUri: string;
  customState: string;
};
export type Preset = { id: string; clientId: string; name: string };

// Saved builder settings per client: apply one, save the current settings, or share a link to one.
export function PresetBar({
  presets,
  settings,
  clientId,
  save,
  shareBase,
}: {
  presets: Preset[];
  settings: PresetSettings;
  clientId: string;
  save: (prev: FormState, formData: FormData) => Promise<FormState>;
  shareBase: string;
}) {
  const [state, action] = useActionState(save, initialFormState);
  useEffect(() => {
    if (state.message) (state.ok ? toast.success : toast.error)(state.message);
  }, [state]);
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg border border-zinc-200 bg-white px-4 py-3 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <span className="font-medium">Presets</span>
      {presets.length === 0 && <span className="text-muted">none for this client yet</span>}
      {presets.map((p) => (
        <span key={p.id} className="inline-flex items-center gap-1">
          <Link
            href={`${shareBase}?preset=${p.id}`}
            className="rounded bg-zinc-100 px-2 py-0.5 hover:bg-zinc-200 dark:bg-zinc-800 dark:hover:bg-zinc-700"
          >
            {p.name}
          </Link>
          <CopyButton
            value={`${typeof window === "undefined" ? "" : window.location.origin}${shareBase}?preset=${p.id}`}
            label={`Copy link to ${p.name}`}
          />
        </span>
      ))}
      <form action={action} data-action="save-preset" className="ml-auto flex items-center gap-2">
        <input type="hidden" name="clientId" value={clientId} />
        <input type="hidden" name="settings" value={JSON.stringify(settings)} />
        <label htmlFor="preset-name" className="sr-only">
          Preset name
        </label>
        <input
          id="preset-name"
          name="name"
          placeholder="Preset name"
          defaultValue={state.values?.name}
          className={`${inputClass} w-40 py-1`}
        />
        <SubmitButton variant="secondary" pendingText="Saving…">
          Save preset
        </SubmitButton>
      </form>
    </div>
  );
}
