import type { Metadata } from "next";
import Link from "next/link";
import { ApiRunnerSection } from "@/components/api-calls/api-runner-section";
import { PageHeader } from "@/components/page-header";
import { loadGrant } from "../load-grant";

export const metadata: Metadata = { title: "Call an API" };

// The request runner on its own page, linkable: ?template=crm-leads, or a history row's method, base,
// path and query ("Run again").
export default async function GrantApiPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, id } = await params;
  const { ctx, grant } = await loadGrant(slug, id);
  const name = grant.label || `${grant.client.name} · ${grant.zohoUserEmail ?? "unknown user"}`;
  return (
    <>
      <PageHeader
        title="Call an API"
        description={
          <>
            With the grant{" "}
            <Link className="text-indigo-700 underline dark:text-indigo-300" href={`/w/${slug}/grants/${grant.id}`}>
              {name}
            </Link>{" "}
            ({grant.location}): its own hosts only, with a fresh access token the browser never sees.
          </>
        }
      />
      <div className="space-y-6" id="history">
        <ApiRunnerSection ctx={ctx} grant={grant} params={await searchParams} historySize={50} ownPage />
      </div>
    </>
  );
}
