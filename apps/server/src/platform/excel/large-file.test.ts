import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseImportFile } from './import-file';
import { inspectXlsx } from './inspect-xlsx';
import { filledTemplate, sampleSchema, sampleSpec } from './excel.test-support';

const N = 10_000;

describe('a 10,000-row import', () => {
  it('reads and validates every row (counts only; speed belongs to the benchmark)', async () => {
    z.config(z.locales.zhCN());
    const spec = sampleSpec({ maxRows: N });
    const labels = ['大型', '中型', '小型', '微型'];
    const rows = Array.from({ length: N }, (_, i) => [
      `企业${i}`,
      // every 1000th row reuses row 2's code; every 500th (not 1000th) has a bad code
      i % 1000 === 999
        ? '91621122MA710000AA'
        : i % 500 === 499
          ? `BAD${i}`
          : `91621122MA71${String(i).padStart(4, '0')}AA`,
      i % 100,
      i * 1.25,
      new Date(Date.UTC(2000 + (i % 20), i % 12, 1 + (i % 28))),
      labels[i % 4],
    ]);
    const buf = await filledTemplate(spec, rows);
    expect(inspectXlsx(buf, { maxBytes: spec.maxBytes }).ok).toBe(true);

    const started = performance.now();
    const result = await parseImportFile(buf, sampleSchema, spec, { unique: ['creditCode'] });
    const elapsed = Math.round(performance.now() - started);
    console.log(`10,000-row read+validate: ${elapsed} ms (file ${Math.round(buf.length / 1024)} KB)`);

    expect(result.totalRows).toBe(N);
    expect(result.problems.filter((p) => p.message.includes('与第 2 行重复'))).toHaveLength(10);
    expect(result.problems.filter((p) => p.message.includes('应为 18 位'))).toHaveLength(10);
    expect(result.problems).toHaveLength(20);
    expect(result.valid).toHaveLength(N - 20);
    expect(result.valid[N - 21]).toEqual({
      rowNumber: N, // row 10000 holds data row 9998 (row 10001, index 9999, is a duplicate)
      data: {
        name: '企业9998',
        creditCode: '91621122MA719998AA',
        staff: 98,
        capital: 12497.5,
        foundedOn: '2018-03-03',
        scale: 'small',
      },
    });
  });
});
