// One alert mail, plain text (issue 17): the subject names the workspace and the event, every alert links
// to the console page that explains it, and the mail carries an unsubscribe link in the text and in the
// headers (RFC 2369 List-Unsubscribe; RFC 8058 List-Unsubscribe-Post for a mail client's one-click
// button). Pure: what goes in is an alert's view (ids, labels, Zoho's error code, a reason) — no field
// that could hold a secret or token — plus the links.
import type { AlertView } from "../alert-view";

export type AlertMailInput = {
  workspace: { name: string; slug: string };
  mode: "IMMEDIATE" | "DIGEST";
  alerts: AlertView[];
  /** More alerts are waiting after these (a next mail brings them). */
  more: boolean;
  /** The console's public origin (APP_URL), for every link. */
  origin: string;
  unsubscribeUrl: string;
};

export type AlertMail = { subject: string; text: string; headers: Record<string, string> };

const SUBJECT_MAX = 160;

/** Labels come from people (a grant's label, a workspace's name): one line, no control characters. */
export const oneLine = (s: string) =>
  s
    .replace(/\p{Cc}+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

const when = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

function subjectOf({ workspace, mode, alerts }: AlertMailInput): string {
  const titles = [...new Set(alerts.map((a) => a.title))];
  const about =
    mode === "DIGEST"
      ? `Daily digest: ${alerts.length} alert${alerts.length === 1 ? "" : "s"} (${titles.join(", ")})`
      : alerts.length === 1
        ? `${alerts[0].title}${alerts[0].subject ? `: ${alerts[0].subject}` : ""}`
        : `${alerts.length} alerts: ${titles.join(", ")}`;
  const subject = oneLine(`[${workspace.name}] ${about}`);
  return subject.length > SUBJECT_MAX ? `${subject.slice(0, SUBJECT_MAX - 1)}…` : subject;
}

function block(alert: AlertView, n: number, origin: string): string {
  const lines = [`${n}. ${alert.title}${alert.subject ? ` — ${oneLine(alert.subject)}` : ""}`];
  if (alert.reason) lines.push(`   ${oneLine(alert.reason)}`);
  if (alert.zohoError) lines.push(`   Zoho's error: ${oneLine(alert.zohoError)}`);
  const where = [alert.client && `Client: ${oneLine(alert.client)}`, alert.dc && `Data centre: ${alert.dc}`].filter(Boolean);
  if (where.length) lines.push(`   ${where.join(" · ")}`);
  lines.push(`   When: ${when(alert.createdAt)}`);
  lines.push(`   Details: ${origin}${alert.path}`);
  return lines.join("\n");
}

export function composeAlertMail(input: AlertMailInput): AlertMail {
  const { workspace, alerts, origin, unsubscribeUrl } = input;
  const base = `${origin}/w/${workspace.slug}`;
  const intro =
    input.mode === "DIGEST"
      ? `Alerts since your last digest, from the workspace "${oneLine(workspace.name)}" on Zoho OAuth Console:`
      : `New alert${alerts.length === 1 ? "" : "s"} from the workspace "${oneLine(workspace.name)}" on Zoho OAuth Console:`;
  const text = [
    intro,
    "",
    alerts.map((a, i) => block(a, i + 1, origin)).join("\n\n"),
    "",
    ...(input.more ? ["More alerts are waiting; they follow in the next mail.", ""] : []),
    `Every alert of the workspace: ${base}/alerts`,
    "",
    "--",
    `You get this mail because you chose these alerts for "${oneLine(workspace.name)}". Change what you get: ${base}/settings/notifications`,
    `Unsubscribe from this workspace's alert mail: ${unsubscribeUrl}`,
    "",
  ].join("\n");
  return {
    subject: subjectOf(input),
    text,
    headers: {
      "List-Unsubscribe": `<${unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      // RFC 3834: an automatic mail; auto-responders do not answer it.
      "Auto-Submitted": "auto-generated",
    },
  };
}
