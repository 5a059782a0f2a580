"use server";
import { z } from "zod";
import { env } from "@/lib/config/env";
import { formObject, invalid, type FormState } from "@/lib/actions/form-state";
import { createSandboxClient } from "../create-sandbox-client";

const schema = z.object({
  name: z.string().trim().min(1, "Name the client").max(80),
  redirectUris: z
    .string()
    .transform((t) => [...new Set(t.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))])
    .pipe(z.array(z.url({ protocol: /^https?$/, error: "Each redirect URI must be an absolute http(s) URL" })).min(1, "Add at least one redirect URI")),
});

export type RegisterState = FormState & { created?: { clientId: string; clientSecret: string } };

export async function registerSandboxClient(_prev: RegisterState, formData: FormData): Promise<RegisterState> {
  if (!env().sandboxEnabled) return { message: "The sandbox is off." };
  const input = formObject(formData);
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  // Shown once, like Zoho's API console; the sandbox keeps only a hash of the secret.
  return { ok: true, created: await createSandboxClient(parsed.data) };
}
