import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { updateAlertMailAction } from "@/lib/alerts/actions";
import { getAlertMail } from "@/lib/alerts/mail/get-alert-mail";
import { memberContext } from "@/lib/auth/member-context";
import { AlertMailForm } from "./alert-mail-form";

export const metadata: Metadata = { title: "Email notifications" };

const every = (ms: number) => (ms < 60_000 ? `${Math.round(ms / 1000)} seconds` : `${Math.round(ms / 60_000)} minutes`);
const period = (s: number) =>
  s % 86_400 === 0 ? (s === 86_400 ? "day" : `${s / 86_400} days`) : s % 3600 === 0 ? `${s / 3600} hours` : `${s} seconds`;

// Every member, whatever their role, chooses which of this workspace's alerts are mailed to them — their
// own choices only. Without SMTP_URL the page says that nothing can be mailed, and the form is off.
export default async function NotificationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await memberContext(slug, "alerts:subscribe");
  const mail = await getAlertMail(ctx);
  const base = `/w/${ctx.workspace.slug}`;
  return (
    <>
      <PageHeader
        title="Email notifications"
        description={
          <>
            Which of {ctx.workspace.name}&apos;s alerts are mailed to you{mail.email ? ` (${mail.email})` : ""}. Only you see and change
            these. Every alert is also in the bell and on the{" "}
            <Link href={`${base}/alerts`} className="underline underline-offset-2">
              alerts page
            </Link>
            .
          </>
        }
      />
      <div className="max-w-2xl space-y-6">
        {!mail.smtp && (
          <div
            role="status"
            data-testid="smtp-missing"
            className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-800 dark:bg-amber-950/40"
          >
            <p className="font-semibold">Email is not set up on this console.</p>
            <p className="mt-1">
              No mail server is configured (<code>SMTP_URL</code> is not set), so no alert can be mailed and these choices cannot be turned
              on. Whoever runs the console can set <code>SMTP_URL</code> (see the README&apos;s Configuration). The bell still shows every
              alert.
            </p>
          </div>
        )}
        <Card>
          <AlertMailForm
            action={updateAlertMailAction.bind(null, ctx.workspace.slug)}
            events={mail.events}
            mode={mail.mode}
            enabled={mail.smtp}
            every={every(mail.intervalMs)}
            digest={period(mail.digestSeconds)}
          />
          {mail.smtp && (mail.lastSentAt || mail.lastError) && (
            <p className="mt-4 text-xs text-muted" data-testid="alert-mail-status">
              {mail.lastSentAt && (
                <>
                  Last mail sent <RelativeTime date={mail.lastSentAt} />.{" "}
                </>
              )}
              {mail.lastError && <>The last try failed ({mail.lastError}); it is tried again every minute.</>}
            </p>
          )}
        </Card>
      </div>
    </>
  );
}
