import { PageSkeleton } from "@/components/skeleton";

// Shown at once while the builder loads. It is in a route group of its own so this boundary does not wrap
// authorize/device/[id], whose "not found" must be a 404; the permission is checked above it (../layout.tsx).
export default function Loading() {
  return <PageSkeleton shape="detail" rows={8} />;
}
