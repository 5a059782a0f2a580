import "server-only";
import { ownOrigins } from "@/lib/config/app-origin";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import { CLAIM_BATCH, claimAlertMail } from "./claim-alert-mail";
import { mailMemberAlerts } from "./mail-member-alerts";

const DAY_MS = 86_400_000;
/** Unsubscribe links older than this stop working (the page then says to sign in and change the choices). */
export const TOKEN_DAYS = 365;
let prunedAt = 0;

/** The alert mail worker's one pass (every ALERT_MAIL_INTERVAL_MS in each console process, only with SMTP_URL). */
export async function mailDueAlerts(): Promise<number> {
  const { ALERT_DIGEST_SECONDS } = env();
  // Links in mails point at the console's public origin (APP_URL), never at a name a request used.
  const origin = ownOrigins()[0];
  let sent = 0;
  for (let round = 0; round < 20; round++) {
    const claims = await claimAlertMail(ALERT_DIGEST_SECONDS);
    const results = await Promise.all(claims.map((claim) => mailMemberAlerts(claim, origin)));
    sent += results.filter((r) => r === "sent").length;
    if (claims.length < CLAIM_BATCH) break;
  }
  if (Date.now() - prunedAt > DAY_MS) {
    prunedAt = Date.now();
    await db.alertMailToken.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - TOKEN_DAYS * DAY_MS) } } });
  }
  return sent;
}
