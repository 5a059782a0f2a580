"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formObject, type FormState } from "@/lib/actions/form-state";
import { requireMember } from "@/lib/auth/require-member";
import { requestMeta } from "@/lib/request-meta";
import { createSelfClient } from "../create-self-client";
import { checkScopeParam } from "@/lib/zoho/scope-grammar";
import { consumeRegistration } from "../consume-registration";
import { sandboxEnabled } from "../require-sandbox";
import { tooManyRegistrations } from "../too-many-registrations";
import { sandboxUser } from "../users";

export type SelfClientState = FormState & { selfClientJson?: string };

const schema = z.object({ name: z.string().trim().min(1, "Name the Self Client").max(80), minutes: z.coerce.number().int().min(3).max(10), user: z.string() });

// "Create Self Client and code", for one workspace (bound by the page); counts as a registration.
export async function createSandboxSelfClient(slug: string, _prev: SelfClientState, formData: FormData): Promise<SelfClientState> {
  if (!sandboxEnabled()) return { message: "The built-in Zoho sandbox is off on this console." };
  const { user: member, workspace } = await requireMember(slug, "sandbox:write");
  const input = formObject(formData);
  const parsed = schema.safeParse(input);
  const scopes = checkScopeParam(input.scope ?? "");
  const user = sandboxUser(input.user ?? "");
  const fieldErrors: Record<string, string[]> = {};
  if (!parsed.success) Object.assign(fieldErrors, z.flattenError(parsed.error).fieldErrors);
  if (!scopes.ok) fieldErrors.scope = [scopes.problem];
  if (!user) fieldErrors.user = ["Pick the sandbox user generating the code"];
  if (!parsed.success || !scopes.ok || !user) return { fieldErrors, values: input };
  const verdict = await consumeRegistration(member.id, (await requestMeta()).ip);
  if (!verdict.ok) return { message: tooManyRegistrations(verdict.retryAfterSeconds), values: input };
  const file = await createSelfClient({ name: parsed.data.name, scopes: scopes.scopes, minutes: parsed.data.minutes, user, workspaceId: workspace.id });
  revalidatePath("/sandbox/console");
  // Shown once, like the secret of any new client.
  return { ok: true, selfClientJson: JSON.stringify(file) };
}
