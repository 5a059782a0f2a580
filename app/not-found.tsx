import Link from "next/link";
import { buttonClass } from "@/components/button-class";

// Anything missing, or belonging to a workspace the viewer is not in, ends here: the two look the same.
export default function NotFound() {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="max-w-md text-center">
        <p className="text-sm font-semibold text-indigo-600 dark:text-indigo-400">404</p>
        <h1 className="mt-2 text-2xl font-semibold">Not found</h1>
        <p className="mt-2 text-sm text-muted">This page does not exist, or you do not have access to it.</p>
        <Link href="/" className={`${buttonClass()} mt-6`}>
          Back to the console
        </Link>
      </div>
    </main>
  );
}
