import "server-only";
import { env } from "@/lib/config/env";
import { log } from "@/lib/log/logger";
import { sendMail } from "./send-mail";

// Invites work without mail (the link is shown to the inviter); with SMTP_URL set they are mailed too.
// Returns whether the mail was accepted; failures are logged without the link.
export async function sendInviteEmail(invite: {
  to: string;
  link: string;
  workspace: string;
  role: string;
  inviter: string;
}): Promise<"sent" | "failed" | "off"> {
  if (!env().SMTP_URL) return "off";
  const sent = await sendMail({
    to: invite.to,
    subject: `You are invited to ${invite.workspace} on Zoho OAuth Console`,
    text: `${invite.inviter} invited you to the workspace "${invite.workspace}" as ${invite.role.toLowerCase()}.\n\nAccept within 7 days: ${invite.link}\n\nThe link works once.`,
  });
  if (sent.ok) return "sent";
  log.error({ to: invite.to, error: sent.error }, "invite mail failed");
  return "failed";
}
