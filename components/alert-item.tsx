import Link from "next/link";
import type { AlertView } from "@/lib/alerts/alert-view";
import { RelativeTime } from "./relative-time";

// One alert, in the bell and on the alerts page: what happened and to what, why (Zoho's error), when (the
// exact time on hover), and a link to the console page that explains it. Unread ones carry a dot and say so.
export function AlertItem({ alert }: { alert: AlertView }) {
  return (
    <Link
      href={alert.path}
      data-testid="alert-item"
      data-alert-type={alert.type}
      data-unread={alert.unread ? "true" : "false"}
      className="flex items-start gap-2 rounded-md px-3 py-2 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500 dark:hover:bg-zinc-800"
    >
      <span
        aria-hidden="true"
        className={`mt-1.5 size-2 shrink-0 rounded-full ${alert.unread ? "bg-indigo-600 dark:bg-indigo-400" : ""}`}
      />
      <span className="min-w-0 flex-1">
        <span className="block text-sm font-medium break-words">
          {alert.unread && <span className="sr-only">Unread: </span>}
          {alert.title}
          {alert.subject && <span className="font-normal">: {alert.subject}</span>}
        </span>
        {(alert.reason || alert.zohoError) && (
          <span className="mt-0.5 block text-xs break-words text-muted">
            {alert.reason}
            {alert.reason && alert.zohoError && " "}
            {alert.zohoError && (
              <>
                Zoho said <code className="font-mono">{alert.zohoError}</code>.
              </>
            )}
          </span>
        )}
        <span className="mt-0.5 block text-xs break-words text-muted">
          <RelativeTime date={alert.createdAt} />
          {alert.client && ` · ${alert.client}`}
          {alert.dc && ` · ${alert.dc.toUpperCase()}`}
        </span>
      </span>
    </Link>
  );
}
