import { z } from "zod";
import { passwordSchema } from "./account";

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
