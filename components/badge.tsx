const tones = {
  zinc: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
  green: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/50 dark:text-emerald-300",
  amber: "bg-amber-100 text-amber-800 dark:bg-amber-900/50 dark:text-amber-300",
  red: "bg-red-100 text-red-800 dark:bg-red-900/50 dark:text-red-300",
  indigo: "bg-indigo-100 text-indigo-800 dark:bg-indigo-900/50 dark:text-indigo-300",
};

export function Badge({ children, tone = "zinc" }: { children: React.ReactNode; tone?: keyof typeof tones }) {
  return <span className={`badge ${tones[tone]}`}>{children}</span>;
}

export function EnvironmentBadge({ environment }: { environment: string }) {
  const tone = environment === "PRODUCTION" ? "red" : environment === "SANDBOX" ? "amber" : "indigo";
  return <Badge tone={tone}>{environment.toLowerCase()}</Badge>;
}
