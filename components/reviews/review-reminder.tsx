import Link from "next/link";
import { RelativeTime } from "@/components/relative-time";
import type { Ctx } from "@/lib/auth/context";
import { listReviewReminders } from "@/lib/reviews/list-review-reminders";

// The overview's reminder of access reviews: open ones the member may decide, and recurring ones due
// within two weeks (or overdue) for those who start them. Nothing at all when there is nothing to do.
export async function ReviewReminder({ ctx }: { ctx: Ctx }) {
  const { open, due } = await listReviewReminders(ctx);
  if (open.length === 0 && due.length === 0) return null;
  const base = `/w/${ctx.workspace.slug}/reviews`;
  return (
    <section
      aria-labelledby="review-reminder-heading"
      data-testid="review-reminder"
      className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm dark:border-amber-800 dark:bg-amber-950/40"
    >
      <h2 id="review-reminder-heading" className="font-semibold">
        Access reviews
      </h2>
      <ul className="mt-2 space-y-1">
        {open.map((r) => (
          <li key={r.id}>
            <Link href={`${base}/${r.id}?show=undecided`} className="font-medium text-indigo-700 underline dark:text-indigo-300">
              {r.name}
            </Link>
            : {r.undecided} of {r.total} {r.total === 1 ? "grant" : "grants"} left to decide
            {r.dueAt && (
              <>
                {" "}
                · due <RelativeTime date={r.dueAt} />
              </>
            )}
          </li>
        ))}
        {due.map((r) => (
          <li key={r.id}>
            The next round of{" "}
            <Link href={`${base}/new?from=${r.id}`} className="font-medium text-indigo-700 underline dark:text-indigo-300">
              {r.name}
            </Link>{" "}
            {r.overdue ? "was" : "is"} due <RelativeTime date={r.dueAt} />: start it.
          </li>
        ))}
      </ul>
    </section>
  );
}
