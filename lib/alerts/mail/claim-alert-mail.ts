import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

/**
 * An alert is mailed only once it is this old: its row is written inside its cause's transaction, whose
 * commit can come a little after the row's createdAt. A cursor that moved past an alert still
 * uncommitted would skip it for good; waiting covers the console's transactions (a few seconds at most)
 * and small clock differences between instances.
 */
export const SETTLE_SECONDS = 10;
/** An instance mailing a member holds it this long; another instance takes it over only after. */
export const LEASE_SECONDS = 120;
export const CLAIM_BATCH = 5;

export type Claim = { userId: string; workspaceId: string; claimToken: string };

/**
 * Claims members who have mail due, in ONE statement: the inner SELECT … FOR UPDATE SKIP LOCKED picks
 * rows no other instance is claiming right now, the UPDATE leases them (notBefore) and stamps this
 * claim's token, so after it commits nobody else mails them until the lease ends. Due: some event type
 * chosen, not leased or waiting for a retry, a digest's period passed (or mail right away), and an alert
 * of a chosen type after the cursor that has settled. Nearly every tick finds none: a read of the settings
 * rows (members who turned mail on) with an index range on Alert each.
 */
export async function claimAlertMail(digestSeconds: number): Promise<Claim[]> {
  const claimToken = randomUUID();
  const rows = await db.$queryRaw<{ userId: string; workspaceId: string }[]>`
    UPDATE "AlertMailSetting" AS s
    SET "notBefore" = (now() AT TIME ZONE 'UTC') + make_interval(secs => ${LEASE_SECONDS}), "claimToken" = ${claimToken}
    WHERE (s."userId", s."workspaceId") IN (
      SELECT c."userId", c."workspaceId" FROM "AlertMailSetting" AS c
      WHERE cardinality(c."events") > 0
        AND (c."notBefore" IS NULL OR c."notBefore" <= (now() AT TIME ZONE 'UTC'))
        AND (c."mode" = 'IMMEDIATE' OR c."lastDigestAt" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => ${digestSeconds}))
        AND EXISTS (
          SELECT 1 FROM "Alert" AS a
          WHERE a."workspaceId" = c."workspaceId"
            AND a."type" = ANY (c."events")
            AND (a."createdAt", a."id") > (c."cursorAt", c."cursorId")
            AND a."createdAt" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => ${SETTLE_SECONDS})
        )
      ORDER BY c."notBefore" NULLS FIRST
      LIMIT ${CLAIM_BATCH}
      FOR UPDATE OF c SKIP LOCKED
    )
    RETURNING s."userId", s."workspaceId"`;
  return rows.map((row) => ({ ...row, claimToken }));
}
