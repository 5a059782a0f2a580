import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/config/env";
import { errorName } from "@/lib/log/logger";

export type SendResult = { ok: true } | { ok: false; error: string };

/**
 * The console's one way to send a mail, through SMTP_URL (invites, alert mail). A failure comes back as a
 * short reason — nodemailer's error code (ECONNECTION, EAUTH, EENVELOPE…) or the error's name — never its
 * message, which may quote the server or the SMTP URL.
 */
export async function sendMail(mail: { to: string; subject: string; text: string; headers?: Record<string, string> }): Promise<SendResult> {
  const { SMTP_URL, SMTP_FROM } = env();
  if (!SMTP_URL) return { ok: false, error: "SMTP_URL is not set" };
  try {
    const transport = nodemailer.createTransport(SMTP_URL, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 10_000 });
    await transport.sendMail({ from: SMTP_FROM, ...mail });
    return { ok: true };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { ok: false, error: typeof code === "string" && /^[A-Z_]{2,40}$/.test(code) ? code : errorName(error) };
  }
}
