// The first Tab stop of every page (WCAG 2.4.1 Bypass Blocks): hidden until focused, it moves focus to
// the page's <main id="content" tabIndex={-1}>, past the header and its links.
export function SkipLink() {
  return (
    <a
      href="#content"
      className="sr-only rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
    >
      Skip to content
    </a>
  );
}
