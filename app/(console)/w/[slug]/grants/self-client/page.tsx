import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/button-class";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { memberContext } from "@/lib/auth/member-context";
import { createOrgGrantAction, exchangeSelfCodeAction } from "@/lib/authorizations/actions";
import { listSelfClients } from "@/lib/clients/list-self-clients";
import { dataCentreFilterOptions } from "@/lib/data-centres/current-data-centres";
import { SelfClientForms } from "./self-client-forms";

export const metadata: Metadata = { title: "New grant for a Self Client" };

// A page of its own, not a card on the Grants page: its picker lists every Self Client of the workspace,
// which the grants list must not pay for on each view (2,500 of them made the list's page 2.3× bigger).
export default async function SelfClientGrantPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ client?: string | string[] }>;
}) {
  const { slug } = await params;
  const { client } = await searchParams;
  const ctx = await memberContext(slug, "authorize");
  const clients = await listSelfClients(ctx);
  return (
    <>
      <PageHeader
        title="New grant for a Self Client"
        description="A Self Client has no redirect: its grant comes from a code generated in Zoho's API console, or from client_credentials."
      />
      <p className="mb-6 text-sm">
        <Link href={`/w/${slug}/grants`} className="text-indigo-700 underline dark:text-indigo-300">
          ← All grants
        </Link>
      </p>
      {clients.length === 0 ? (
        <EmptyState
          title="No Self Client yet"
          action={
            <Link href={`/w/${slug}/clients/transfer`} className={buttonClass()}>
              Import a Self Client
            </Link>
          }
        >
          Import one with its code from Zoho&apos;s API console, or register a client of type Self Client, then come back here.
        </EmptyState>
      ) : (
        <SelfClientForms
          clients={clients}
          selected={clients.some((c) => c.id === client) ? (client as string) : undefined}
          dataCentres={dataCentreFilterOptions()}
          exchange={exchangeSelfCodeAction.bind(null, slug)}
          org={createOrgGrantAction.bind(null, slug)}
        />
      )}
    </>
  );
}
