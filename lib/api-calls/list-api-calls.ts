import "server-only";
import { allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { grantScope } from "@/lib/grants/grant-scope";
import { userEmails } from "@/lib/members/user-emails";

/** A grant's runner history, newest first: metadata only (who, when, the request line, status, timing). */
export async function listApiCalls(ctx: Ctx, input: { grantId: string; take?: number }) {
  allow(ctx, "grants:read");
  const rows = await db.apiCall.findMany({
    where: { grantId: input.grantId, grant: grantScope(ctx) },
    orderBy: { at: "desc" },
    take: Math.min(input.take ?? 50, 200),
    select: {
      id: true,
      at: true,
      actorId: true,
      method: true,
      url: true,
      headerNames: true,
      status: true,
      errorCode: true,
      durationMs: true,
    },
  });
  const emails = await userEmails(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])));
  return rows.map(({ actorId, ...row }) => ({ ...row, actor: (actorId && emails.get(actorId)) || "a former member" }));
}
export type ApiCallRow = Awaited<ReturnType<typeof listApiCalls>>[number];
