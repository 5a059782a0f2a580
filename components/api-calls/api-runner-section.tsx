import Link from "next/link";
import { headers } from "next/headers";
import { Card } from "@/components/card";
import { sendApiCallAction } from "@/lib/api-calls/actions";
import { listApiCalls } from "@/lib/api-calls/list-api-calls";
import { runnerBases } from "@/lib/api-calls/runner-bases";
import { runnerInitial } from "@/lib/api-calls/runner-initial";
import { actorCan, type Ctx } from "@/lib/auth/context";
import { appOrigin } from "@/lib/config/app-origin";
import { ApiCallHistory } from "./api-call-history";
import { ApiRunner } from "./api-runner";

type RunnerGrant = {
  id: string;
  status: string;
  location: string;
  accountsServer: string;
  apiDomain: string;
  scopes: string[];
  client: { id: string; provider: "ZOHO" | "SANDBOX" };
};

// The request runner and the grant's call history, on the grant's page (the latest few) and on its own
// page (?template=… and "Run again" links land there). Viewers see the history only.
export async function ApiRunnerSection({
  ctx,
  grant,
  params = {},
  historySize,
  ownPage,
}: {
  ctx: Ctx;
  grant: RunnerGrant;
  params?: Record<string, string | string[] | undefined>;
  historySize: number;
  ownPage: boolean;
}) {
  const slug = ctx.workspace.slug;
  const runnerHref = `/w/${slug}/grants/${grant.id}/api`;
  const bases = runnerBases({ ...grant, provider: grant.client.provider });
  const rows = await listApiCalls(ctx, { grantId: grant.id, take: historySize });
  const canSend = actorCan(ctx.actor, "grants:call") && grant.status === "ACTIVE";
  return (
    <>
      <Card className="space-y-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-sm font-semibold">Call an API with this grant</h2>
          {!ownPage && (
            <Link className="text-sm text-indigo-700 underline dark:text-indigo-300" href={runnerHref}>
              Open the runner on its own page
            </Link>
          )}
        </div>
        {canSend ? (
          <ApiRunner
            action={sendApiCallAction.bind(null, slug, grant.id)}
            grantScopes={grant.scopes}
            bases={bases}
            initial={runnerInitial(params, bases)}
            authorizeHref={`/w/${slug}/authorize?client=${grant.client.id}&location=${grant.location}`}
            tokenApiUrl={`${appOrigin({ headers: await headers() })}/api/v1/grants/${grant.id}/access-token`}
          />
        ) : (
          <p className="text-sm text-muted" data-testid="runner-unavailable">
            {grant.status !== "ACTIVE"
              ? `This grant is ${grant.status.toLowerCase()}: requests need an active grant.`
              : "Developers, admins and owners can send requests with a grant; you can see who sent what below."}
          </p>
        )}
      </Card>
      <Card>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-sm font-semibold">Requests sent with this grant</h2>
          {!ownPage && rows.length >= historySize && (
            <Link className="text-sm text-indigo-700 underline dark:text-indigo-300" href={`${runnerHref}#history`}>
              All requests
            </Link>
          )}
        </div>
        <ApiCallHistory rows={rows} bases={bases} runnerHref={canSend ? runnerHref : null} />
      </Card>
    </>
  );
}
