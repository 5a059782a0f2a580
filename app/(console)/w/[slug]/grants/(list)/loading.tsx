import { PageSkeleton } from "@/components/skeleton";

// Shown at once while the grants list loads. The list is in a route group of its own so this boundary does
// not wrap grants/[id], whose "not found" must be answered with a 404 before any streaming starts
// (Next.js: a loading.tsx fallback starts the response with 200; docs "loading.js", "Status codes").
export default function Loading() {
  return <PageSkeleton shape="list" />;
}
