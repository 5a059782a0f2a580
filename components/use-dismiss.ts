"use client";
import { useEffect, useRef, type RefObject } from "react";

// How a menu or disclosure closes (WAI-ARIA APG): Escape, which gives focus back to what opened it, or a
// pointer press outside `area`. Listens only while `open`.
export function useDismiss(area: RefObject<HTMLElement | null>, open: boolean, dismiss: (how: "escape" | "outside") => void) {
  const latest = useRef(dismiss);
  useEffect(() => {
    latest.current = dismiss;
  });
  useEffect(() => {
    if (!open) return;
    function onKey(event: KeyboardEvent) {
      if (event.key === "Escape") latest.current("escape");
    }
    function onPointer(event: PointerEvent) {
      if (!area.current?.contains(event.target as Node)) latest.current("outside");
    }
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [area, open]);
}
