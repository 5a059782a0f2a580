"use client";
import Link from "next/link";
import { Budget } from "@/components/budget";
import { Card } from "@/components/card";

const link = "text-indigo-700 underline dark:text-indigo-300";

type ZohoUser = {
  zohoUserId: string;
  email: string | null;
  total: number;
  clientCount: number;
  clients: { clientId: string; grants: number; name: string }[];
  /** The user's active grants in the Grants list. */
  href: string;
};

/**
 * Each top Zoho user's refresh tokens per client, as bars against Zoho's cap. A client component: 250 bars travel
 * to the browser as their numbers, not as the rendered tree of each bar (rendered on the server, the cards' RSC
 * payload was most of the inventory page's 408 KB).
 */
export function ZohoUserCards({ users, limit, warnAt }: { users: ZohoUser[]; limit: number; warnAt: number }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {users.map((u) => (
        <Card key={u.zohoUserId}>
          <h3 className="min-w-0 break-all text-sm font-medium" data-testid="zoho-user">
            <Link href={u.href} className={link}>
              {u.email ?? u.zohoUserId}
            </Link>
            <span className="ml-2 text-xs text-muted">
              {`${u.total} across ${u.clientCount} ${u.clientCount === 1 ? "client" : "clients"}`}
            </span>
          </h3>
          <div className="mt-3 space-y-3">
            {u.clients.map((c) => (
              <Budget key={c.clientId} label={c.name} used={c.grants} limit={limit} warnAt={warnAt} />
            ))}
          </div>
          {u.clientCount > u.clients.length && (
            <p className="mt-2 text-xs">
              <Link href={u.href} className={link} data-testid="zoho-user-more">
                {`and ${u.clientCount - u.clients.length} more ${u.clientCount - u.clients.length === 1 ? "client" : "clients"} with fewer`}
              </Link>
            </p>
          )}
        </Card>
      ))}
    </div>
  );
}
