import { PageSkeleton } from "@/components/skeleton";

// Shown at once while the callbacks list loads. The list is in a route group of its own so this boundary does
// not wrap callbacks/[id], whose "not found" must be answered with a 404 before any streaming starts.
export default function Loading() {
  return <PageSkeleton shape="list" rows={8} />;
}
