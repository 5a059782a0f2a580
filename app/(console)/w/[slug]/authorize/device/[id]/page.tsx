import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { memberContext } from "@/lib/auth/member-context";
import { getDeviceAuthorization } from "@/lib/authorizations/device/get-device-authorization";
import { withoutNul } from "@/lib/without-nul";
import { DevicePanel } from "./device-panel";

export const metadata: Metadata = { title: "Device authorization" };
export const dynamic = "force-dynamic";

// One device authorization, for the member who started it: the user code, where to enter it, and the
// console polling Zoho until someone answers.
export default async function DeviceAuthorizationPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  const { slug, id } = await params;
  const ctx = await memberContext(slug, "authorize");
  const { workspace } = ctx;
  const view = await getDeviceAuthorization(ctx, { id: withoutNul(id).slice(0, 100) });
  if (!view) notFound();
  const base = `/w/${workspace.slug}`;
  return (
    <>
      <PageHeader
        title="Device authorization"
        description={
          <>
            The device flow of <b>{view.client.name}</b>: open the verification page on any phone or computer, enter the code, and answer.
            This page waits for Zoho&apos;s answer.
          </>
        }
      />
      <DevicePanel
        initial={view}
        pollUrl={`${base}/authorize/device/${view.id}/poll`}
        grantsUrl={`${base}/grants`}
        restartUrl={`${base}/authorize?client=${view.client.id}`}
      />
    </>
  );
}
