import type { Metadata } from "next";
import { buttonClass } from "@/components/button-class";
import { PageHeader } from "@/components/page-header";
import { actorCan } from "@/lib/auth/context";
import { memberContext } from "@/lib/auth/member-context";
import { consoleCallbackUrls } from "@/lib/authorizations/console-callbacks";
import { listStaleAuthorizations, staleAfterSchema } from "@/lib/authorizations/list-stale-authorizations";
import { countRefusedCallbacks } from "@/lib/callbacks/count-refused-callbacks";
import { listCallbackClients } from "@/lib/callbacks/list-callback-clients";
import { callbackFilterSchema, listCallbacks } from "@/lib/callbacks/list-callbacks";
import { listUnattributedCallbacks } from "@/lib/callbacks/list-unattributed-callbacks";
import { OUTCOMES } from "@/lib/callbacks/outcomes";
import { dataCentreFilterOptions } from "@/lib/data-centres/current-data-centres";
import { LiveCallbacks } from "../live-callbacks";
import { RefusedCallbacks } from "../refused-callbacks";
import { StaleAuthorizations } from "../stale-authorizations";
import { UnattributedCallbacks } from "../unattributed-callbacks";

const STALE_CHOICES = [0, 2, 10, 30, 60];

export const metadata: Metadata = { title: "Callbacks" };

export default async function CallbacksPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await memberContext(slug, "callbacks:read");
  const { workspace } = ctx;
  const query0 = await searchParams;
  const filter = callbackFilterSchema.parse(query0);
  const staleAfter = staleAfterSchema.parse(query0.stale);
  const admin = actorCan(ctx.actor, "workspace:manage");
  const [callbacks, clients, refused, stale, orphans] = await Promise.all([
    listCallbacks(ctx, { filter }),
    listCallbackClients(ctx),
    countRefusedCallbacks(ctx),
    listStaleAuthorizations(ctx, { consoleCallbacks: consoleCallbackUrls(), minutes: staleAfter }),
    admin ? listUnattributedCallbacks(ctx) : [],
  ]);
  const select = "rounded-md border border-zinc-300 bg-white px-2 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900";
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString();
  return (
    <>
      <PageHeader
        title="Callbacks"
        description="Every redirect Zoho sent to this console for this workspace, newest first, with what happened and why. New ones appear as they arrive."
      />
      <StaleAuthorizations rows={stale} minutes={staleAfter} authorizeBase={`/w/${workspace.slug}/authorize`} />
      <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
        <label className="text-sm">
          <span className="sr-only">Client</span>
          <select name="client" defaultValue={filter.client ?? ""} className={select}>
            <option value="">All clients</option>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="sr-only">Outcome</span>
          <select name="outcome" defaultValue={filter.outcome ?? ""} className={select}>
            <option value="">All outcomes</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {o.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="sr-only">Data centre</span>
          <select name="dc" defaultValue={filter.dc ?? ""} className={select}>
            <option value="">All DCs</option>
            {dataCentreFilterOptions().map((d) => (
              <option key={d.location} value={d.location}>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="sr-only">Time</span>
          <select name="since" defaultValue={filter.since} className={select}>
            <option value="1h">Last hour</option>
            <option value="24h">Last 24 hours</option>
            <option value="7d">Last 7 days</option>
            <option value="all">All time</option>
          </select>
        </label>
        <label className="text-sm">
          <span className="sr-only">Started authorizations with no callback after</span>
          <select name="stale" defaultValue={String(staleAfter)} className={select}>
            {STALE_CHOICES.map((m) => (
              <option key={m} value={m}>
                {m === 0 ? "Every authorization still waiting" : `No callback after ${m} min`}
              </option>
            ))}
          </select>
        </label>
        <button className={buttonClass("secondary")}>Filter</button>
      </form>
      {/* Console-wide counts (the shared callback path) are for those who run the workspace. */}
      <RefusedCallbacks workspace={refused.workspace} top={refused.top} shared={admin ? refused.shared : 0} />
      <UnattributedCallbacks rows={orphans} />
      <LiveCallbacks
        initial={callbacks.map((c) => ({ ...c, receivedAt: c.receivedAt.toISOString() }))}
        feedUrl={`/w/${workspace.slug}/callbacks/feed?${query}`}
        authorizeUrl={`/w/${workspace.slug}/authorize`}
        detailBase={`/w/${workspace.slug}/callbacks`}
      />
    </>
  );
}
