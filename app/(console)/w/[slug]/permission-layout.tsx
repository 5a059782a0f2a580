import { requireMember } from "@/lib/auth/require-member";
import type { Permission } from "@/lib/auth/permissions";

// The layout of a segment whose pages all need one permission: it checks it above the segment's loading.tsx,
// so a member without it gets a real 404 (a "not found" decided under a loading.tsx is streamed after a 200;
// Next.js docs "loading.js", "Status codes"). The pages still check it themselves.
export function permissionLayout(permission: Permission) {
  return async function PermissionLayout({ children, params }: { children: React.ReactNode; params: Promise<{ slug: string }> }) {
    await requireMember((await params).slug, permission);
    return children;
  };
}
