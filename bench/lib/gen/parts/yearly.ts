import { bulkInsert, syncSequence, type Column } from '../sql';
import { at, type DataPart, type EnterpriseRef } from '../context';

const COLUMNS: Column[] = [
  ['id', 'int4'],
  ['enterprise_id', 'int4'],
  ['region_code', 'text'],
  ['year', 'int2'],
  ['staff_total', 'int4'],
  ['tech_staff', 'int4'],
  ['revenue', 'numeric'],
  ['cost_total', 'numeric'],
  ['rd_expense', 'numeric'],
  ['rd_domestic', 'numeric'],
  ['hightech_income', 'numeric'],
  ['total_income', 'numeric'],
  ['net_assets', 'numeric'],
  ['total_assets', 'numeric'],
  ['ip_class1', 'int4'],
  ['ip_class2', 'int4'],
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];
const CHUNK = 500;
const yuan = (v: number) => (Math.round(v * 100) / 100).toFixed(2);

/**
 * Yearly figures for every enterprise and year, as each county would load them by Excel import after the
 * year closes: the import writes one `enterprise.import` audit row per chunk of 500 rows, so the generator
 * writes one per county, year and chunk (with the figures written as `after`).
 */
export const yearlyPart: DataPart = {
  name: 'yearly',
  description: 'enterprise_yearly for each year + one enterprise.import audit row per county-year chunk of 500',
  pendingReason: async () => null,
  async run(ctx) {
    const rng = ctx.rng.fork('yearly');
    const byCounty = new Map<string, EnterpriseRef[]>();
    for (const e of ctx.enterprises) {
      (byCounty.get(e.regionCode) ?? byCounty.set(e.regionCode, []).get(e.regionCode)!).push(e);
    }
    // Per-enterprise base figures, drawn in id order so they do not depend on the county grouping.
    const base = new Map<number, { staff: number; revenue: number; growth: number }>();
    for (const e of ctx.enterprises) {
      base.set(e.id, {
        staff: rng.int(8, 600),
        revenue: 500_000 + rng.next() ** 2 * 300_000_000,
        growth: -0.05 + rng.next() * 0.4,
      });
    }
    const [{ max }] = await ctx.exec<{ max: number | null }>('select max(id) as max from enterprise_yearly');
    let id = max ?? 0;
    let total = 0;
    const years = ctx.scale.years;
    for (const [yi, year] of years.entries()) {
      const loadedDay = 420 + yi * 365; // each spring after the year closes
      let chunkNo = 0;
      for (const [county, list] of [...byCounty.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        for (let s = 0; s < list.length; s += CHUNK) {
          const when = at('2022-01-05', loadedDay, chunkNo++ * 30);
          const rows = list.slice(s, s + CHUNK).map((e) => {
            const b = base.get(e.id)!;
            const revenue = b.revenue * (1 + b.growth) ** yi;
            const rd = revenue * (0.005 + rng.next() * 0.07);
            const staff = b.staff + yi * rng.int(0, 5);
            return {
              id: ++id,
              enterprise_id: e.id,
              region_code: county,
              year,
              staff_total: staff,
              tech_staff: Math.max(1, Math.floor(staff * (0.05 + rng.next() * 0.3))),
              revenue: yuan(revenue),
              cost_total: yuan(revenue * (0.7 + rng.next() * 0.2)),
              rd_expense: yuan(rd),
              rd_domestic: yuan(rd * (0.85 + rng.next() * 0.15)),
              hightech_income: yuan(revenue * rng.next() * 0.9),
              total_income: yuan(revenue * 1.02),
              net_assets: yuan(revenue * (0.3 + rng.next() * 0.6)),
              total_assets: yuan(revenue * (0.9 + rng.next() * 0.8)),
              ip_class1: rng.int(0, 3),
              ip_class2: rng.int(0, 9),
              created_at: when,
              created_by: ctx.actor.id,
              updated_at: when,
              updated_by: ctx.actor.id,
              version: 1,
            };
          });
          await bulkInsert(ctx.exec, 'enterprise_yearly', COLUMNS, rows);
          ctx.audit.add(ctx.actor, {
            at: when,
            action: 'enterprise.import',
            objectType: 'enterprise',
            regionCode: county,
            before: null,
            after: rows,
            details: {
              file: `${county}-${year}年度企业数据.xlsx`,
              rows: `${s + 2}-${s + rows.length + 1}`,
              created: 0,
              updated: 0,
              yearly: rows.length,
            },
          });
          await ctx.audit.flushIfFull();
          total += rows.length;
        }
      }
    }
    await ctx.audit.flush();
    await syncSequence(ctx.exec, 'enterprise_yearly');
    return { rows: { enterprise_yearly: total } };
  },
};
