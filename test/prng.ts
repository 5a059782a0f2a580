// mulberry32: a small, fast, seeded random generator — the same seed gives the same sequence, so fuzz
// cases replay exactly and benchmark data is the same in every run.
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const chars = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[int(alphabet.length)]).join("");
  return { next, int, pick, chars, chance: (p: number) => next() < p };
}
export type Prng = ReturnType<typeof prng>;
