"use client";
import { useEffect, useRef } from "react";
import { toast } from "sonner";

// Shows a toast once when a page is reached after an action (e.g. ?created=…).
export function Toast({ message, tone = "success" }: { message: string; tone?: "success" | "error" }) {
  const shown = useRef(false);
  useEffect(() => {
    if (shown.current) return;
    shown.current = true;
    toast[tone](message);
  }, [message, tone]);
  return null;
}
