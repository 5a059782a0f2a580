import { PageSkeleton } from "@/components/skeleton";

// Shown at once while the API keys load; the permission is checked above it (./layout.tsx).
export default function Loading() {
  return <PageSkeleton shape="list" rows={3} />;
}
