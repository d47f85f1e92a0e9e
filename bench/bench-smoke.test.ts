import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateData } from './lib/gen/generate';
import { runBench } from './lib/run/bench';
import { markdown } from './lib/run/report';
import { SCALES, type Target } from './lib/scales';

// The harness and the generator still run at a tiny scale (200 enterprises on PGlite, 1-second runs).
// No timing is asserted: the machine is shared and the numbers only have to exist.
describe('bench harness (tiny scale)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kc-bench-smoke-'));
  const target: Target = { kind: 'pglite', dataDir: join(dir, 'pglite-tiny') };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('generates a valid dataset and measures the product and the baseline', async () => {
    const manifest = await generateData({ scale: SCALES.tiny, target, log: () => {} });
    expect(manifest.counts.enterprise).toBe(200);
    expect(manifest.counts.qualification).toBe(60);
    expect(manifest.counts.audit_log).toBeGreaterThan(200);
    expect(manifest.users.map((u) => u.username)).toContain('bench_staff');

    const result = await runBench({
      scale: SCALES.tiny,
      target,
      durationS: 1,
      connections: 2,
      rounds: 1,
      warmupS: 0,
      only: ['c', 'd'],
      importRun: false,
      settleTimeoutS: 60,
      command: 'smoke',
      log: () => {},
    });
    for (const key of ['c', 'd']) {
      const op = result.operations.find((o) => o.key === key)!;
      expect(op.status, op.reason).toBe('done');
      expect(op.summary!.product.reqPerSec).toBeGreaterThan(0);
      expect(op.summary!.baseline.reqPerSec).toBeGreaterThan(0);
      expect(op.summary!.product.p99Ms).toBeGreaterThan(0);
      expect(op.summary!.ratio).toBeGreaterThan(0);
    }
    expect(result.operations.find((o) => o.key === 'd')!.summary!.counters!['product.conflicts409']).toBe(0);
    expect(result.rss.productPeakUnderLoadMb).toBeGreaterThan(0);
    const md = markdown(result, {
      cpuModel: 'test',
      cores: 1,
      memoryGb: 1,
      node: process.version,
      database: 'PGlite',
      os: 'test',
      commit: null,
      loadAverageAtStart: [0, 0, 0],
    });
    expect(md).toContain('| (c) ');
  }, 240_000);
});
