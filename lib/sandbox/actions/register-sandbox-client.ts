"use server";
import { revalidatePath } from "next/cache";
import { formObject, invalid, type FormState } from "@/lib/actions/form-state";
import { createSandboxClient } from "../create-sandbox-client";
import { sandboxEnabled } from "../require-sandbox";
import { sandboxClientSchema } from "../sandbox-client-schema";

export type RegisterState = FormState & { created?: { name: string; clientId: string; clientSecret: string } };

// The sandbox API console's "Register": the secret comes back once, in this answer only.
export async function registerSandboxClient(_prev: RegisterState, formData: FormData): Promise<RegisterState> {
  if (!sandboxEnabled()) return { message: "The built-in Zoho sandbox is off on this console." };
  const input = formObject(formData);
  const parsed = sandboxClientSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  try {
    const created = await createSandboxClient(parsed.data);
    revalidatePath("/sandbox/console");
    return { ok: true, created: { name: parsed.data.name, ...created } };
  } catch (error) {
    console.error(`[sandbox] registering a client failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return { message: "The sandbox could not save the client. Try again in a moment.", values: input };
  }
}
