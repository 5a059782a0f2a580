import { z } from "zod";

export const workspaceNameSchema = z.object({
  name: z.string().trim().min(2, "Use at least 2 characters").max(60, "Use at most 60 characters"),
});

export const deleteWorkspaceSchema = z.object({ confirmSlug: z.string().trim() });
