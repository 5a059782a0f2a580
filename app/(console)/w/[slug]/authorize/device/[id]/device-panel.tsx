"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import { buttonClass } from "@/components/button-class";
import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import { QrCode } from "@/components/qr-code";
import type { DeviceView } from "@/lib/authorizations/device/device-view";
import { DeviceCountdown } from "./device-countdown";

type Props = { initial: DeviceView; pollUrl: string; grantsUrl: string; restartUrl: string };

const TITLES: Record<DeviceView["status"], string> = {
  PENDING: "Waiting for an answer…",
  GRANTED: "Authorized — grant stored",
  DENIED: "The request was rejected",
  EXPIRED: "The code expired",
  FAILED: "The device authorization failed",
};

// The browser polls the console (never Zoho, never with a secret) at the moment the console names;
// the console polls Zoho at Zoho's pace. A lost answer is retried a little later.
export function DevicePanel({ initial, pollUrl, grantsUrl, restartUrl }: Props) {
  const [view, setView] = useState(initial);
  const [offline, setOffline] = useState(false);
  const pending = view.status === "PENDING";

  useEffect(() => {
    if (!pending) return;
    const wait = Math.min(view.nextPollInMs, Math.max(0, Date.parse(view.expiresAt) - Date.now())) + 250;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(pollUrl, { method: "POST", cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        setView(await response.json());
        setOffline(false);
      } catch {
        setOffline(true);
        setView((v) => ({ ...v, nextPollInMs: Math.max(5_000, v.intervalSeconds * 1000) }));
      }
    }, wait);
    return () => clearTimeout(timer);
  }, [pending, view, pollUrl]);

  const qrTarget = view.verificationUrlComplete ?? view.verificationUrl;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <Card className="space-y-5">
        <div>
          <h2 className="text-sm font-semibold">1. Open the verification page</h2>
          <div className="mt-2 flex items-center gap-2">
            <a
              href={view.verificationUrl}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="device-verification-url"
              className="break-all font-mono text-sm text-indigo-600 hover:underline dark:text-indigo-400"
            >
              {view.verificationUrl}
            </a>
            <CopyButton value={view.verificationUrl} label="Copy link" />
          </div>
        </div>
        <div>
          <h2 className="text-sm font-semibold">2. Enter this code</h2>
          <div className="mt-2 flex items-center gap-3">
            <output
              data-testid="device-user-code"
              className="rounded-md bg-zinc-100 px-4 py-2 font-mono text-3xl tracking-widest dark:bg-zinc-800"
            >
              {view.userCode}
            </output>
            <CopyButton value={view.userCode} label="Copy code" />
          </div>
        </div>
        <div className="flex flex-wrap items-end gap-4">
          <QrCode value={qrTarget} label={`QR code for ${qrTarget}`} />
          <p className="max-w-xs text-sm text-muted">
            {view.verificationUrlComplete
              ? "Or scan this with a phone: it opens the page with the code filled in."
              : "Or scan this with a phone to open the page."}
          </p>
        </div>
      </Card>

      <Card className="space-y-4">
        <div role="status" aria-live="polite" className="space-y-2">
          <h2 data-testid="device-status" data-status={view.status} className="text-lg font-semibold">
            {TITLES[view.status]}
          </h2>
          {pending && <DeviceCountdown expiresAt={view.expiresAt} />}
          {pending && (
            <p className="text-sm text-muted">
              The console asks Zoho every {view.intervalSeconds} s
              {view.lastAnswer ? (
                <>
                  {" "}
                  (last answer: <code className="font-mono">{view.lastAnswer}</code>)
                </>
              ) : null}
              .{offline && " The console did not answer the last check; trying again."}
            </p>
          )}
          {view.reason && <p className="text-sm">{view.reason}</p>}
        </div>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">Client</dt>
          <dd>{view.client.name}</dd>
          <dt className="text-muted">Started at</dt>
          <dd className="font-mono">{view.startLocation}</dd>
          <dt className="text-muted">Polling</dt>
          <dd className="break-all font-mono" data-testid="device-location">
            {view.location} — {view.accountsServer}
          </dd>
          <dt className="text-muted">Scopes</dt>
          <dd className="break-all font-mono text-xs">{view.scopes.join(",")}</dd>
          <dt className="text-muted">Access type</dt>
          <dd className="font-mono">{view.accessType}</dd>
        </dl>
        {view.location !== view.startLocation && (
          <p className="text-sm text-muted">
            Zoho answered <code className="font-mono">other_dc</code>: the user lives in the {view.location} data centre, so the console
            polls its accounts server.
          </p>
        )}
        <div className="flex flex-wrap gap-3">
          {view.grantId && (
            <Link href={`${grantsUrl}/${view.grantId}`} className={buttonClass()}>
              See the grant
            </Link>
          )}
          {!pending && (
            <Link href={restartUrl} className={buttonClass("secondary")}>
              Start again
            </Link>
          )}
        </div>
      </Card>
    </div>
  );
}
