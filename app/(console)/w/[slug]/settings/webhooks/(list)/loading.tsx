import { PageSkeleton } from "@/components/skeleton";

// Shown at once while the webhook endpoints load. The list is in a route group of its own so this boundary does
// not wrap webhooks/[endpointId]; the permission is checked above it (../layout.tsx).
export default function Loading() {
  return <PageSkeleton shape="list" rows={3} />;
}
