const DAY_MS = 86_400_000;

/** When the next round of a recurring review is due: `every` days after this one finished (null: not recurring). */
export function nextDueAt(finishedAt: Date, every: number | null): Date | null {
  return every ? new Date(finishedAt.getTime() + every * DAY_MS) : null;
}

/** Whether a reminder is shown: due within `soonDays` days, or overdue. */
export function isDueSoon(due: Date, now: Date, soonDays = 14): boolean {
  return due.getTime() - now.getTime() <= soonDays * DAY_MS;
}
