import type { Transaction } from 'kysely';
import { addDays, yearOf } from '@kechuang/domain';
import { writeAudit, type Actor } from '../platform/audit/audit.writer';
import type { DB } from '../platform/db/schema';
import { DEMO_COUNTY } from './demo-accounts';
import { chinaAt, weekdayFrom } from './demo-life';
import { cents, seedTask, yuan, type Plan } from './seed-demo-rd';

interface LaterTask {
  period: string;
  title: string;
  openedOn: string;
  dueDate: string;
}

const annual = (y: number): LaterTask => ({
  period: String(y),
  title: `${y}年度全社会研发经费归集`,
  openedOn: `${y + 1}-01-05`,
  dueDate: `${y + 1}-03-10`,
});
const firstHalf = (y: number): LaterTask => ({
  period: `${y}H1`,
  title: `${y}年上半年全社会研发经费归集`,
  openedOn: `${y}-07-01`,
  dueDate: `${y}-07-20`,
});

/**
 * The collection tasks after 2022 H1 up to `today`: every year's annual task, closed, and the latest period that
 * has ended (this year's first half from July, else last year) collecting, its deadline ahead (a deadline already
 * passed is extended two weeks, as the bureau does). None while 2022 H1 itself is still the current one.
 */
export function laterRdTasks(today: string): { past: LaterTask[]; current: LaterTask } | null {
  const year = yearOf(today);
  if (year < 2023) return null;
  const current = today >= `${year}-07-01` ? firstHalf(year) : annual(year - 1);
  if (current.openedOn > today) current.openedOn = today;
  if (current.dueDate <= today) current.dueDate = weekdayFrom(today, 14);
  const past: LaterTask[] = [];
  for (let y = 2022; y < year; y++) if (String(y) !== current.period) past.push(annual(y));
  return { past, current };
}

/** Demo figures: a unit's expenditure grows 7 % a year from its 2022 H1 level (twice it for a whole year). */
function totalFor(p: Plan, period: string): string {
  const years = yearOf(`${period.slice(0, 4)}-01-01`) - 2022;
  const halves = period.endsWith('H1') ? 1 : 2;
  const c = cents(p.h1 ?? '250000.00') * halves * (1 + 0.07 * years);
  return yuan(Math.round(c / 10_000) * 10_000);
}

/** Where the current task stands today: the first dozen units approved, then submitted, then saved, the rest not yet. */
function currentStatus(filling: string, today: string) {
  return (_p: Plan, i: number): Plan['status'] => {
    const day = 6 + (i % 12); // the day of filling fillUnit submits on
    const planned = i < 12 ? 'approved' : i < 18 ? 'submitted' : i < 20 ? 'saved' : 'not_filled';
    if (planned === 'not_filled' || addDays(filling, day - 3) > today) return 'not_filled';
    if (addDays(filling, day - 1) > today) return 'saved';
    if (planned === 'approved' && addDays(filling, day + 4) > today) return 'submitted';
    return planned;
  };
}

/**
 * The R&D collection living on until `today`: the recorded 2022 H1 task closed and its totals published, each later
 * year's task closed with every unit approved, and the current task collecting. With GDP for each period.
 */
export async function seedDemoRdLater(
  trx: Transaction<DB>,
  actor: Actor,
  ids: Map<string, number>,
  today: string,
): Promise<void> {
  const tasks = laterRdTasks(today);
  if (!tasks) return;
  await trx
    .updateTable('rd_task')
    .set({
      status: 'closed',
      closed_at: chinaAt('2022-07-29', '18:00:00'),
      published: true,
      published_at: chinaAt('2022-07-29', '18:00:00'),
    })
    .where('region_code', '=', DEMO_COUNTY.code)
    .where('period', '=', '2022H1')
    .execute();
  const taskIds: number[] = [];
  for (const t of tasks.past) {
    const id = await seedTask(
      trx,
      actor,
      ids,
      { ...t, status: 'closed', published: true, filling: addDays(t.openedOn, 20) },
      (p) => totalFor(p, t.period),
      () => 'approved',
    );
    taskIds.push(id);
  }
  const c = tasks.current;
  const filling = [c.openedOn, addDays(today, -25)].sort()[1];
  taskIds.push(
    await seedTask(
      trx,
      actor,
      ids,
      { ...c, status: 'open', published: false, filling },
      (p) => totalFor(p, c.period),
      currentStatus(filling, today),
    ),
  );
  // Demo figures, not official statistics: GDP growing 5.5 % a year from 2021's, a first half 47 % of its year.
  const gdp = [...tasks.past, c].map((t) => {
    const y = Number(t.period.slice(0, 4));
    const whole = 11_270_000_000 * 1.055 ** (y - 2021) * (t.period.endsWith('H1') ? 0.47 : 1);
    return {
      period: t.period,
      value: `${Math.round(whole / 1_000_000) * 1_000_000}.00`,
      source: `陇西县统计局 ${t.title.replace('全社会研发经费归集', '')}主要经济指标（演示数据）`,
    };
  });
  await trx
    .insertInto('indicator_value')
    .values(
      gdp.map((g) => ({
        ...g,
        region_code: DEMO_COUNTY.code,
        code: 'gdp',
        unit: '元',
        remark: null,
        created_by: null,
        updated_by: null,
      })),
    )
    .execute();
  await writeAudit(trx, actor, {
    action: 'demo.seed-rd',
    regionCode: DEMO_COUNTY.code,
    details: { tasks: taskIds, gdp: gdp.map((g) => g.period), today },
  });
}
