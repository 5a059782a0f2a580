import Link from "next/link";

// A native <details> menu: keyboard-usable and no client JavaScript.
export function WorkspaceSwitcher({
  current,
  workspaces,
}: {
  current: { slug: string; name: string };
  workspaces: { slug: string; name: string }[];
}) {
  return (
    <details className="relative">
      <summary
        className="cursor-pointer list-none rounded-md px-2 py-1 text-sm text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
        aria-label="Switch workspace"
      >
        {current.name} ▾
      </summary>
      <ul className="absolute z-10 mt-1 w-56 rounded-md border border-zinc-200 bg-white py-1 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        {workspaces.map((w) => (
          <li key={w.slug}>
            <Link
              href={`/w/${w.slug}`}
              aria-current={w.slug === current.slug ? "page" : undefined}
              className="block px-3 py-1.5 hover:bg-zinc-100 aria-[current=page]:font-semibold dark:hover:bg-zinc-800"
            >
              {w.name}
            </Link>
          </li>
        ))}
        <li className="border-t border-zinc-200 dark:border-zinc-700">
          <Link
            href="/workspaces/new"
            className="block px-3 py-1.5 text-indigo-600 hover:bg-zinc-100 dark:text-indigo-400 dark:hover:bg-zinc-800"
          >
            New workspace…
          </Link>
        </li>
      </ul>
    </details>
  );
}
