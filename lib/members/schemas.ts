import { z } from "zod";
import { passwordSchema } from "@/lib/account/schemas";

export const roleSchema = z.enum(["OWNER", "ADMIN", "DEVELOPER", "VIEWER"], { error: "Pick a role" });

export const inviteSchema = z.object({
  email: z.email("Enter a valid email address").trim().toLowerCase(),
  role: roleSchema,
});

export const changeRoleSchema = z.object({ userId: z.string().min(1), role: roleSchema });
export const memberSchema = z.object({ userId: z.string().min(1) });

export const inviteSignUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name").max(100),
  password: passwordSchema,
});

// A pending invite's id, bound to its revoke button.
export const revokeInviteSchema = z.object({ inviteId: z.string().min(1) });

export type InviteInput = z.output<typeof inviteSchema>;
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;
export type MemberInput = z.output<typeof memberSchema>;
export type RevokeInviteInput = z.output<typeof revokeInviteSchema>;
export type InviteSignUpInput = z.output<typeof inviteSignUpSchema>;
