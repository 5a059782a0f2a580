import "server-only";
import { redirect } from "next/navigation";
import { currentSession } from "@/lib/auth/require-member";
import { requireSandbox } from "./require-sandbox";

// The sandbox's own pages (its home and API console) are for signed-in console users: anyone else is
// sent to sign in and brought back to `path` afterwards.
export async function requireSandboxUser(path: string): Promise<{ id: string }> {
  requireSandbox();
  const session = await currentSession();
  const id = session?.user?.id;
  if (!id) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return { id };
}
