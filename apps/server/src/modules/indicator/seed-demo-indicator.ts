import { sql, type Kysely, type Transaction } from 'kysely';
import { chinaToday } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';

/** 定西市 and its seven counties: the city sets their targets, so the ranking among them is real. */
const CITY = '621100';
const COUNTIES: [code: string, scale: number][] = [
  ['621102', 1.2],
  ['621121', 0.6],
  ['621122', 1],
  ['621123', 0.5],
  ['621124', 0.9],
  ['621125', 0.4],
  ['621126', 0.7],
];

/** 陇西县's 2022 targets (按照省、市目标任务; demo figures) — the other counties' are scaled from them. */
const TARGETS_2022: [key: string, target: number, halfYear: boolean][] = [
  ['high-tech', 10, false],
  ['tech-sme', 40, true],
  ['provincial-innovative', 8, false],
  ['rd-spending', 150_000_000, true],
  ['rd-intensity', 1.5, false],
  ['platforms', 5, false],
  ['commissioners', 30, false],
  ['bids-signed', 3, true],
  ['funds-won', 5_000_000, true],
  ['achievements', 10, true],
  ['cooperation', 5, true],
];

/** 2022 H1 GDP of the six other counties (demo figures; 陇西县's is the R&D module's), with their source. */
const GDP_2022H1: [code: string, yuan: string][] = [
  ['621102', '9120000000'],
  ['621121', '3050000000'],
  ['621123', '2780000000'],
  ['621124', '5960000000'],
  ['621125', '1870000000'],
  ['621126', '3240000000'],
];

const money = (x: number) => (Math.round(x * 100) / 100).toFixed(2);

/**
 * The demo's targets: for 2022 and the current year, each county of 定西市 receives the city's targets of the
 * default template; and the other counties' 2022 H1 GDP, so their R&D intensity can be read.
 */
export async function seedDemoIndicator(db: Kysely<DB>, actor: Actor): Promise<void> {
  const trx = db as Transaction<DB>; // the demo seed runs inside its one transaction
  const years = [...new Set([2022, Number(chinaToday().slice(0, 4))])];
  const rows = years.flatMap((year) =>
    COUNTIES.flatMap(([code, scale]) =>
      TARGETS_2022.map(([key, base, halfYear]) => {
        const grown = base * scale * (year === 2022 ? 1 : 1.2);
        const target = ['rd-intensity'].includes(key) ? grown : Math.max(1, Math.round(grown));
        return {
          region_code: code,
          year,
          indicator_key: key,
          target: money(target),
          half_year_target: halfYear ? money(Math.round(target / 2)) : null,
          set_by_region: CITY,
          created_by: null,
          updated_by: null,
        };
      }),
    ),
  );
  await trx
    .insertInto('indicator_target')
    .values(rows)
    .onConflict((c) => c.doNothing())
    .execute();
  for (const [code, yuan] of GDP_2022H1) {
    await sql`
      insert into indicator_value (region_code, code, period, value, unit, source)
      values (${code}, 'gdp', '2022H1', ${yuan}, '元', '定西市统计局 2022年上半年县区主要经济指标（演示数据）')
      on conflict do nothing`.execute(trx);
  }
  await writeAudit(trx, actor, {
    action: 'indicator.seed',
    objectType: 'indicator_target',
    regionCode: CITY,
    details: { targets: rows.length, years },
  });
}
