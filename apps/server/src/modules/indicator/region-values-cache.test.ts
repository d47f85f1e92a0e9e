import { reportPeriod, type ReportPeriod } from '@kechuang/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '../../platform/audit/audit.writer';
import { collectFacts, type FactSource } from '../../platform/module-kit/collect-facts';
import { MODULES } from '../index';
import { createTestApp, type TestApp } from '../../../test/harness';
import { BUILT_IN_TEMPLATES } from './built-in-templates';
import { regionValuesCache } from './region-values-cache';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

const defs = BUILT_IN_TEMPLATES[0].definitions.filter((d) => d.key === 'tech-sme');
const period = reportPeriod('2022H1') as ReportPeriod;

describe('the readings remember values until the next audited change', () => {
  it('computes a region’s values once while no change is audited, and again after one', async () => {
    let computed = 0;
    const counting: FactSource = (db, query) => {
      computed++;
      return collectFacts(db, MODULES, query);
    };
    const valuesAsOfNow = regionValuesCache(counting);

    const first = await (await valuesAsOfNow(t.db))(defs, '621122', period, period.to);
    const again = await (await valuesAsOfNow(t.db))(defs, '621122', period, period.to);
    expect(computed).toBe(1);
    expect(again.get('tech-sme')!.value).toEqual(first.get('tech-sme')!.value);
    // Another region, date or set of definitions is a value of its own.
    await (
      await valuesAsOfNow(t.db)
    )(defs, '621122', period, '2022-03-31');
    expect(computed).toBe(2);

    await t.db
      .transaction()
      .execute((trx) =>
        writeAudit(trx, { id: null, name: 'test', ip: null }, { action: 'test.change', regionCode: '621122' }),
      );
    await (
      await valuesAsOfNow(t.db)
    )(defs, '621122', period, period.to);
    expect(computed).toBe(3);
  });

  it('forgets the oldest values past its size and values older than its age', async () => {
    let computed = 0;
    const counting: FactSource = (db, query) => {
      computed++;
      return collectFacts(db, MODULES, query);
    };
    const small = regionValuesCache(counting, { maxEntries: 1 });
    const source = await small(t.db);
    await source(defs, '621122', period, period.to);
    await source(defs, '621122', period, '2022-03-31');
    await source(defs, '621122', period, period.to);
    expect(computed).toBe(3);

    const shortLived = regionValuesCache(counting, { maxAgeMs: -1 });
    const fresh = await shortLived(t.db);
    await fresh(defs, '621122', period, period.to);
    await fresh(defs, '621122', period, period.to);
    expect(computed).toBe(5);
  });
});
