import { PageSkeleton } from "@/components/skeleton";

// Shown at once while the overview loads (issue 14: navigation gives feedback at once). The overview is in a
// route group of its own so this boundary wraps no other page of the workspace.
export default function Loading() {
  return <PageSkeleton shape="cards" rows={3} />;
}
