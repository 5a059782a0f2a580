import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { memberContext } from "@/lib/auth/member-context";
import { getClient } from "@/lib/clients/get-client";

// The client's layout and page read it once per request. The layout asks first, above the segment's
// loading.tsx, so a client that is not there (or is another workspace's) is a real 404.
export const loadClient = cache(async (slug: string, id: string) => {
  const ctx = await memberContext(slug, "clients:read");
  const client = await getClient(ctx, { clientId: id });
  if (!client) notFound();
  return { ctx, client };
});
