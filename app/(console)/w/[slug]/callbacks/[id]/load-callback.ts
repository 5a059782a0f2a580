import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { memberContext } from "@/lib/auth/member-context";
import { getCallback } from "@/lib/callbacks/get-callback";

// The callback's layout and page read it once per request. The layout asks first, above the segment's
// loading.tsx, so a callback that is not there (or is another workspace's) is a real 404.
export const loadCallback = cache(async (slug: string, id: string) => {
  const ctx = await memberContext(slug, "callbacks:read");
  const found = await getCallback(ctx, { id });
  if (!found) notFound();
  return { ctx, ...found };
});
