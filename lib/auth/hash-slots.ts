import { availableParallelism } from "node:os";

// Password hashing (argon2) runs on libuv's thread pool, 4 threads by default, which Node also uses
// for file reads, DNS lookups and compression. Letting every sign-in hash at once would take all of
// them (and the CPU) from the rest of the console; here at most `slots` hashes run together, the others queue.
export function createSlots(slots: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function withSlot<T>(work: () => Promise<T>): Promise<T> {
    if (running < slots) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve)); // a finished job hands its slot over
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/**
 * Half the CPU cores (1 on a 2-core machine, at most 4, the thread pool's size): argon2 is pure CPU
 * work, and the other half stays for the event loop that serves every page (one hash is ~45 ms, so
 * one slot still checks ~20 passwords a second).
 */
export const HASH_SLOTS = Math.min(4, Math.max(1, Math.floor(availableParallelism() / 2)));
export const withHashSlot = createSlots(HASH_SLOTS);
