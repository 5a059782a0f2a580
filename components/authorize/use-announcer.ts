"use client";
import { useCallback, useEffect, useRef, useState } from "react";

// A short message for a polite live region, cleared after a few seconds so a screen reader that
// revisits the page does not find stale news in it.
export function useAnnouncer(clearAfterMs = 4000): [string, (message: string) => void] {
  const [message, setMessage] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const announce = useCallback(
    (next: string) => {
      clearTimeout(timer.current);
      setMessage(next);
      timer.current = setTimeout(() => setMessage(""), clearAfterMs);
    },
    [clearAfterMs],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  return [message, announce];
}
