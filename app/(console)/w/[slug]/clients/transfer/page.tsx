import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { importSelfClientAction } from "@/lib/authorizations/actions";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/require-member";
import { env } from "@/lib/config/env";
import { noticeFromQuery } from "@/lib/clients/transfer/import-notice";
import { dataCentreOptions } from "@/lib/data-centres/current-data-centres";
import { ImportForm } from "./import-form";
import { ExportForm, SelfClientForm } from "./transfer-forms";

export const metadata: Metadata = { title: "Import and export" };

export default async function TransferPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const { role, workspace } = await requireMember(slug, "clients:read");
  const write = can(role, "clients:write");
  return (
    <>
      <PageHeader
        title="Import and export"
        description="Move client configurations between workspaces or consoles, or bring in a Self Client from Zoho's self_client.json."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <ExportForm action={`/w/${workspace.slug}/clients/export`} canIncludeSecrets={can(role, "secrets:reveal")} />
        {write && <ImportForm action={`/w/${workspace.slug}/clients/transfer/import`} notice={noticeFromQuery(await searchParams)} />}
        {write && (
          <SelfClientForm
            action={importSelfClientAction.bind(null, workspace.slug)}
            sandboxEnabled={env().sandboxEnabled}
            dataCentres={dataCentreOptions()}
          />
        )}
      </div>
    </>
  );
}
