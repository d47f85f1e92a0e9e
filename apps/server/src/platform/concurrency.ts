/**
 * Runs at most `slots` of the given jobs at a time; the others start in arrival order as slots free up.
 * Returns the function that queues a job and resolves with its result.
 */
export function concurrencyLimit(slots: number): <T>(work: () => Promise<T>) => Promise<T> {
  let free = Math.max(1, slots);
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (free > 0) free--;
    else await new Promise<void>((start) => waiting.push(start));
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next job, or give it back.
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}
