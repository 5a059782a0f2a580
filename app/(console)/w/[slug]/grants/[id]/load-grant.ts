import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { memberContext } from "@/lib/auth/member-context";
import { getGrant } from "@/lib/grants/get-grant";

// The grant's layout and page read it once per request. The layout asks first, above the segment's
// loading.tsx, so a grant that is not there is a real 404 (a streamed "not found" would answer 200).
export const loadGrant = cache(async (slug: string, id: string) => {
  const ctx = await memberContext(slug, "grants:read");
  const found = await getGrant(ctx, { grantId: id });
  if (!found) notFound();
  return { ctx, ...found };
});
