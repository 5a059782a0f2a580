import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/config/env";
import { errorName, log } from "@/lib/log/logger";

// Invites work without mail (the link is shown to the inviter); with SMTP_URL set they are mailed too.
// Returns whether the mail was accepted; failures are logged without the link.
export async function sendInviteEmail(invite: {
  to: string;
  link: string;
  workspace: string;
  role: string;
  inviter: string;
}): Promise<"sent" | "failed" | "off"> {
  const { SMTP_URL, SMTP_FROM } = env();
  if (!SMTP_URL) return "off";
  try {
    const transport = nodemailer.createTransport(SMTP_URL, { connectionTimeout: 10_000, socketTimeout: 10_000 });
    await transport.sendMail({
      from: SMTP_FROM,
      to: invite.to,
      subject: `You are invited to ${invite.workspace} on Zoho OAuth Console`,
      text: `${invite.inviter} invited you to the workspace "${invite.workspace}" as ${invite.role.toLowerCase()}.\n\nAccept within 7 days: ${invite.link}\n\nThe link works once.`,
    });
    return "sent";
  } catch (error) {
    log.error({ to: invite.to, error: errorName(error) }, "invite mail failed");
    return "failed";
  }
}
