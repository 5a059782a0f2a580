import "server-only";
import { problem } from "@/lib/api/problem";
import { auth } from "@/lib/auth/auth";
import type { Permission } from "@/lib/auth/permissions";
import { pickSandboxWorkspace } from "./pick-sandbox-workspace";
import { sandboxOffResponse } from "./require-sandbox";
import { listSandboxMemberships, type SandboxMembership } from "./sandbox-memberships";
import { errorName, log } from "@/lib/log/logger";
import { requestIdOf } from "@/lib/log/request-id";

export type ConsoleCaller = { userId: string; workspace: SandboxMembership["workspace"] };

// Wraps the sandbox console's own JSON endpoints (POST /sandbox/console/clients, /sandbox/control/**).
// Unlike the Zoho-shaped ones they act for a workspace, so they need a signed-in console user who is a
// member of it with the permission: anonymous → 401, elsewhere → 404, as problem JSON; never a 500.
export function sandboxConsoleEndpoint(permission: Permission, handler: (request: Request, caller: ConsoleCaller) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    try {
      const off = sandboxOffResponse();
      if (off) return off;
      const session = await auth();
      const userId = session?.user?.id;
      if (!userId)
        return problem(
          "unauthenticated",
          "Sign in to the console first: the sandbox console and its controls act for one of your workspaces.",
        );
      const picked = pickSandboxWorkspace(
        await listSandboxMemberships(userId),
        new URL(request.url).searchParams.get("workspace"),
        permission,
      );
      if (!picked.ok) return problem(picked.problem, picked.detail);
      return await handler(request, { userId, workspace: picked.membership.workspace });
    } catch (error) {
      // The name only: messages can quote request values.
      log.error(
        { requestId: requestIdOf(request.headers), method: request.method, path: new URL(request.url).pathname, error: errorName(error) },
        "sandbox: request failed",
      );
      return problem("unavailable", "The sandbox could not answer this request. Try again in a moment.");
    }
  };
}
