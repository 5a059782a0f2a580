"use client";
import { buttonClass } from "@/components/button-class";

export function PrintButton() {
  return (
    <button type="button" className={buttonClass("secondary")} onClick={() => window.print()}>
      Print
    </button>
  );
}
