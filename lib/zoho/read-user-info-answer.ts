import { z } from "zod";

// GET {accounts-server}/oauth/user/info answers {"ZUID":…, "Email":…, "First_Name":…, "Last_Name":…,
// "Display_Name":…} (ZUID a number); only the id and email are kept.
const userInfoSchema = z.object({ ZUID: z.union([z.number(), z.string().min(1)]).transform(String), Email: z.string().optional() });

export function readUserInfoAnswer(body: unknown): { zohoUserId: string; email: string | null } | null {
  const parsed = userInfoSchema.safeParse(body);
  return parsed.success ? { zohoUserId: parsed.data.ZUID, email: parsed.data.Email ?? null } : null;
}
