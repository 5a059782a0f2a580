import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { memberContext } from "@/lib/auth/member-context";
import { getEndpoint } from "@/lib/webhooks/get-endpoint";

// The endpoint's layout and page read it once per request. The layout asks first, above the segment's
// loading.tsx, so an endpoint that is not there (or is another workspace's) is a real 404.
export const loadEndpoint = cache(async (slug: string, endpointId: string) => {
  const ctx = await memberContext(slug, "webhooks:manage");
  const endpoint = await getEndpoint(ctx, endpointId);
  if (!endpoint) notFound();
  return { ctx, endpoint };
});
