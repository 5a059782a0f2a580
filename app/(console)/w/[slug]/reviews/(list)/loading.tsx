import { PageSkeleton } from "@/components/skeleton";

// Shown at once while the access reviews load. The list is in a route group of its own so this boundary does
// not wrap reviews/new and reviews/[id], which answer 404 themselves.
export default function Loading() {
  return <PageSkeleton shape="list" rows={4} />;
}
