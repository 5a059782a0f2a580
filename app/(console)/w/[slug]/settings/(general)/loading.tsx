import { PageSkeleton } from "@/components/skeleton";

// Shown at once while the settings load. In a route group of its own so this boundary wraps no sub-page;
// the permission is checked above it (./layout.tsx).
export default function Loading() {
  return <PageSkeleton shape="cards" rows={4} />;
}
