"use server";
import { revalidatePath } from "next/cache";
import { formObject, invalid, type FormState } from "@/lib/actions/form-state";
import { requireMember } from "@/lib/auth/require-member";
import { requestMeta } from "@/lib/request-meta";
import { createSandboxClient } from "../create-sandbox-client";
import { consumeRegistration } from "../consume-registration";
import { sandboxEnabled } from "../require-sandbox";
import { tooManyRegistrations } from "../too-many-registrations";
import { sandboxClientSchema } from "../sandbox-client-schema";

export type RegisterState = FormState & { created?: { name: string; clientId: string; clientSecret: string; workspace: string } };

// The sandbox API console's "Register", for one workspace (bound by the page): the secret comes back
// once, in this answer only.
export async function registerSandboxClient(slug: string, _prev: RegisterState, formData: FormData): Promise<RegisterState> {
  if (!sandboxEnabled()) return { message: "The built-in Zoho sandbox is off on this console." };
  const { user, workspace } = await requireMember(slug, "sandbox:write");
  const input = formObject(formData);
  const parsed = sandboxClientSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const verdict = await consumeRegistration(user.id, (await requestMeta()).ip);
  if (!verdict.ok) return { message: tooManyRegistrations(verdict.retryAfterSeconds), values: input };
  try {
    const created = await createSandboxClient({ ...parsed.data, workspaceId: workspace.id });
    revalidatePath("/sandbox/console");
    return { ok: true, created: { name: parsed.data.name, workspace: workspace.name, ...created } };
  } catch (error) {
    console.error(`[sandbox] registering a client failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return { message: "The sandbox could not save the client. Try again in a moment.", values: input };
  }
}
