import type { Metadata } from "next";
import { headers } from "next/headers";
import { PageHeader } from "@/components/page-header";
import { requireMember } from "@/lib/auth/require-member";
import { createClientAction } from "@/lib/clients/actions";
import { consoleCallbackUrl } from "@/lib/authorizations/console-callbacks";
import { env } from "@/lib/config/env";
import { dataCentreOptions } from "@/lib/data-centres/current-data-centres";
import { ClientForm } from "./client-form";

export const metadata: Metadata = { title: "Register a client" };

export default async function NewClientPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace } = await requireMember(slug, "clients:write");
  const callbackUrl = consoleCallbackUrl(await headers());
  return (
    <>
      <PageHeader
        title="Register a client"
        description="Copy these from Zoho's API console (api-console.zoho.com) — or from the built-in sandbox's console."
      />
      <ClientForm
        action={createClientAction.bind(null, workspace.slug)}
        callbackUrl={callbackUrl}
        sandboxEnabled={env().sandboxEnabled}
        dataCentres={dataCentreOptions()}
      />
    </>
  );
}
