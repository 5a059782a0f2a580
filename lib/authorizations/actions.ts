"use server";
// The authorization domain's form actions: thin adapters from a form to a service (workspaceAction
// checks the member and permission and parses the form first). Redirects and revalidation live here.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formObject, type FormState } from "@/lib/forms/form-state";
import { memberContext, orNotFound } from "@/lib/auth/member-context";
import { workspaceAction } from "@/lib/auth/workspace-action";
import { env } from "@/lib/config/env";
import { createOrgGrant } from "./create-org-grant";
import { exchangeSelfCode } from "./exchange-self-code";
import { importSelfClient } from "./import-self-client";
import { savePreset } from "./save-preset";
import {
  importSelfClientOptionsSchema,
  orgGrantSchema,
  savePresetSchema,
  selfClientFileSchema,
  selfCodeSchema,
  startAuthorizationSchema,
  startDeviceAuthorizationSchema,
} from "./schemas";
import { startAuthorization, type Started } from "./start-authorization";
import { startDeviceAuthorization } from "./start-device-authorization";

// A started flow sends the browser on (to Zoho's consent page, or the device page); a refusal stays on the form.
function follow(started: Started): FormState {
  if ("redirectTo" in started) redirect(started.redirectTo);
  return started;
}

export const startAuthorizationAction = workspaceAction("authorize", startAuthorizationSchema, async (ctx, input) =>
  follow(await startAuthorization(ctx, input)),
);

/** "Copy URL" with a console-managed state: the URL Authorize would redirect to, with a real single-use state. */
export type MintedUrl = FormState & { url?: string };

// The same request Authorize creates (startAuthorization), answered as a URL to copy instead of a redirect.
// A form action (the Copy URL button's formAction): without JavaScript the page shows the URL to copy by hand.
export const mintAuthorizationUrlAction = workspaceAction("authorize", startAuthorizationSchema, async (ctx, input) => {
  const started = await startAuthorization(ctx, input, { copied: true });
  if (!("redirectTo" in started)) return started;
  const minted: MintedUrl = { ok: true, url: started.redirectTo };
  return minted;
});

export const startDeviceAuthorizationAction = workspaceAction("authorize", startDeviceAuthorizationSchema, async (ctx, input) =>
  follow(await startDeviceAuthorization(ctx, input)),
);

export const savePresetAction = workspaceAction("authorize", savePresetSchema, async (ctx, input) => {
  const state = await savePreset(ctx, input);
  if (state.ok) revalidatePath(`/w/${ctx.workspace.slug}/authorize`);
  return state;
});

export const exchangeSelfCodeAction = workspaceAction("authorize", selfCodeSchema, async (ctx, input) => {
  const state = await exchangeSelfCode(ctx, input);
  if (state.ok) revalidatePath(`/w/${ctx.workspace.slug}/grants`);
  return state;
});

export const createOrgGrantAction = workspaceAction("authorize", orgGrantSchema, async (ctx, input) => {
  const state = await createOrgGrant(ctx, input);
  if (state.ok) revalidatePath(`/w/${ctx.workspace.slug}/grants`);
  return state;
});

// Not built with workspaceAction: the form carries a file, and its pasted JSON holds the client secret,
// so what was typed is echoed back field by field (never the JSON).
export async function importSelfClientAction(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const ctx = await memberContext(slug, "clients:write");
  const fields = formObject(formData);
  const values = { name: fields.name ?? "", location: fields.location ?? "us", sandbox: fields.sandbox ?? "" };
  const options = importSelfClientOptionsSchema.safeParse(fields);
  if (!options.success) return { fieldErrors: z.flattenError(options.error).fieldErrors, values };
  const file = formData.get("file");
  const text = file instanceof File && file.size > 0 ? await file.text() : (fields.json ?? "");
  if (!text.trim()) return { fieldErrors: { file: ["Choose self_client.json or paste its content"] }, values };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { fieldErrors: { json: ["This is not JSON: paste the whole self_client.json"] }, values };
  }
  const parsed = selfClientFileSchema.safeParse(json);
  if (!parsed.success) return { fieldErrors: { json: [parsed.error.issues[0].message] }, values };
  const provider = options.data.sandbox === "on" && env().sandboxEnabled ? "SANDBOX" : "ZOHO";
  const state = await orNotFound(
    importSelfClient(ctx, { name: options.data.name, location: options.data.location, provider, file: parsed.data }),
  );
  revalidatePath(`/w/${ctx.workspace.slug}/clients`);
  if (state.ok) revalidatePath(`/w/${ctx.workspace.slug}/grants`);
  return state;
}
