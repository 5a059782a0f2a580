"use client";
import { useEffect, useState } from "react";

// Time left on the user code, second by second.
export function DeviceCountdown({ expiresAt }: { expiresAt: string }) {
  const end = Date.parse(expiresAt);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.max(0, Math.ceil((end - now) / 1000));
  const text = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, "0")}`;
  return (
    <p className="text-sm" data-testid="device-countdown">
      The code expires in{" "}
      <time dateTime={expiresAt} className="font-mono font-semibold" suppressHydrationWarning>
        {text}
      </time>
      .
    </p>
  );
}
