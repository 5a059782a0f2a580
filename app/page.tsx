import { redirect } from "next/navigation";
import { currentSession } from "@/lib/auth/require-member";
import { countUsers } from "@/lib/account/count-users";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";

export const dynamic = "force-dynamic";

// The front door: first-run setup, then sign-in, then the user's first workspace.
export default async function Home() {
  if ((await countUsers()) === 0) redirect("/setup");
  const session = await currentSession();
  if (!session?.user?.id) redirect("/sign-in");
  const [first] = await listMyWorkspaces(session.user.id);
  if (!first) redirect("/workspaces/new");
  redirect(`/w/${first.slug}`);
}
