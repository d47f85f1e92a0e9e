import { describe, expect, it } from 'vitest';
import { concurrencyLimit } from './concurrency';

const tick = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('concurrencyLimit', () => {
  it('runs at most n jobs at once, starts the rest in arrival order, and passes results and errors through', async () => {
    const limited = concurrencyLimit(2);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const job = (i: number) => async () => {
      started.push(i);
      running++;
      most = Math.max(most, running);
      await tick(5);
      running--;
      if (i === 3) throw new Error('第 3 个任务失败');
      return i * 10;
    };
    const results = await Promise.allSettled([0, 1, 2, 3, 4, 5].map((i) => limited(job(i))));
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual([
      0,
      10,
      20,
      '第 3 个任务失败',
      40,
      50,
    ]);
    // A failed job gave its slot back: two more run side by side.
    running = 0;
    most = 0;
    await Promise.all([limited(job(6)), limited(job(7))]);
    expect(most).toBe(2);
  });
});
