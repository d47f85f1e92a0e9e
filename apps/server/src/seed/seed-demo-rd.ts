import type { Transaction } from 'kysely';
import { exact, parseRdPeriod, formatWanText } from '@kechuang/domain';
import { writeAudit, type Actor } from '../platform/audit/audit.writer';
import type { DB } from '../platform/db/schema';
import { insertRdTask } from '../modules/rd/insert-rd-task';
import { recordEnterpriseEvent } from '../modules/enterprise/timeline';
import { DEMO_COUNTY } from './demo-accounts';

/** What a demo unit reported for 2022 H1: internal expenditure (元), status, R&D intensity (%), government share (%), projects. */
export interface Plan {
  short: string;
  h1: string | null;
  status: 'approved' | 'submitted' | 'saved' | 'returned' | 'not_filled';
  intensity: number;
  gov: number;
  projects: string[];
}

// 23 approved units whose internal expenditure adds up to exactly 72,000,000.00 元 (the report's 7200万元);
// one submitted (with an explained warning), one saved (with an error), one returned, two not yet filled.
const PLAN: Plan[] = [
  {
    short: '青龙管业',
    h1: '16800000.00',
    status: 'approved',
    intensity: 3.1,
    gov: 6,
    projects: ['大口径预应力钢筒混凝土管（PCCP）防腐技术', '玻璃钢夹砂管道智能缠绕生产线'],
  },
  {
    short: '首阳中药',
    h1: '8650000.00',
    status: 'approved',
    intensity: 6.2,
    gov: 8,
    projects: ['岷归、党参道地药材标准化种植', '中药配方颗粒质量标准研究'],
  },
  {
    short: '诚泰药业',
    h1: '6920000.00',
    status: 'approved',
    intensity: 5.4,
    gov: 5,
    projects: ['中药经典名方复方制剂开发'],
  },
  {
    short: '锦世化工',
    h1: '5480000.00',
    status: 'approved',
    intensity: 3.4,
    gov: 0,
    projects: ['精细化工中间体连续化合成工艺'],
  },
  { short: '金鼎铝业', h1: '4760000.00', status: 'approved', intensity: 2.6, gov: 0, projects: ['再生铝熔炼节能技术'] },
  {
    short: '爱味客',
    h1: '4813679.25',
    status: 'approved',
    intensity: 3.0,
    gov: 4,
    projects: ['马铃薯全粉加工技术', '马铃薯淀粉废水资源化利用'],
  },
  {
    short: '丰源薯业',
    h1: '3380000.00',
    status: 'approved',
    intensity: 3.6,
    gov: 10,
    projects: ['马铃薯变性淀粉新产品开发'],
  },
  {
    short: '岐黄饮片',
    h1: '2870000.00',
    status: 'approved',
    intensity: 4.8,
    gov: 0,
    projects: ['中药饮片炮制工艺规范化研究'],
  },
  {
    short: '众智众创',
    h1: '2460000.00',
    status: 'approved',
    intensity: 12.5,
    gov: 15,
    projects: ['县域科技服务数字化平台'],
  },
  {
    short: '鼎丰马铃薯',
    h1: '2150000.00',
    status: 'approved',
    intensity: 7.8,
    gov: 20,
    projects: ['马铃薯脱毒种薯快繁技术', '抗旱马铃薯新品种选育'],
  },
  {
    short: '渭河农机',
    h1: '1930000.00',
    status: 'approved',
    intensity: 4.1,
    gov: 0,
    projects: ['丘陵山地马铃薯收获机改进'],
  },
  {
    short: '华硒生物',
    h1: '1720000.00',
    status: 'approved',
    intensity: 6.6,
    gov: 12,
    projects: ['富硒农产品检测与开发'],
  },
  { short: '鼎信陇源', h1: '1540000.00', status: 'approved', intensity: 5.9, gov: 0, projects: ['兽用中药提取工艺'] },
  {
    short: '远达食品',
    h1: '1360000.00',
    status: 'approved',
    intensity: 2.9,
    gov: 0,
    projects: ['马铃薯休闲食品配方优化'],
  },
  {
    short: '菜源商贸',
    h1: '1180000.00',
    status: 'approved',
    intensity: 3.3,
    gov: 0,
    projects: ['高原夏菜冷链保鲜技术'],
  },
  {
    short: '昌芳农业',
    h1: '1050000.00',
    status: 'approved',
    intensity: 4.4,
    gov: 10,
    projects: ['设施蔬菜水肥一体化'],
  },
  {
    short: '金麓银峰',
    h1: '960000.00',
    status: 'approved',
    intensity: 5.1,
    gov: 10,
    projects: ['马铃薯微型薯雾培生产'],
  },
  {
    short: '希诺农牧业',
    h1: '870000.00',
    status: 'approved',
    intensity: 3.8,
    gov: 0,
    projects: ['肉牛舍饲高效养殖技术'],
  },
  { short: '维尔沃', h1: '780000.00', status: 'approved', intensity: 8.3, gov: 0, projects: ['植物提取物纯化工艺'] },
  {
    short: '锦拓生物',
    h1: '690000.00',
    status: 'approved',
    intensity: 9.2,
    gov: 0,
    projects: ['中药材有效成分检测方法'],
  },
  {
    short: '通试试剂',
    h1: '610000.20',
    status: 'approved',
    intensity: 6.9,
    gov: 0,
    projects: ['化学分析试剂提纯工艺'],
  },
  { short: '佳伟农业', h1: '540000.10', status: 'approved', intensity: 2.7, gov: 0, projects: ['中药材种苗繁育'] },
  { short: '仓宇包装', h1: '486320.45', status: 'approved', intensity: 3.2, gov: 0, projects: ['可降解包装材料应用'] },
  { short: '德康医疗', h1: '380000.00', status: 'submitted', intensity: 1.6, gov: 0, projects: ['医用敷料灭菌工艺'] },
  { short: '陇瑞电子', h1: '650000.00', status: 'saved', intensity: 5.0, gov: 0, projects: ['物联网环境监测终端'] },
  { short: '恒通新材', h1: '920000.00', status: 'returned', intensity: 4.6, gov: 0, projects: ['高性能复合管材'] },
  { short: '海升果业', h1: null, status: 'not_filled', intensity: 2.0, gov: 0, projects: [] },
  { short: '绿源环保', h1: null, status: 'not_filled', intensity: 4.0, gov: 0, projects: [] },
];

const cents = (s: string) => Math.round(Number(s) * 100); // demo figures only: integer cents stay exact in a double
const yuan = (c: number) => `${Math.trunc(c / 100)}.${String(c % 100).padStart(2, '0')}`;
const share = (c: number, percent: number) => Math.floor((c * percent) / 10_000) * 100; // whole 元

/** A consistent form for a total: by type and by source add up to it exactly, projects stay within it. */
export function figuresFor(totalYuan: string, p: Plan, staffTotal: number | null) {
  const t = cents(totalYuan);
  const [labor, materials, depreciation, equipment] = [46, 27, 9, 11].map((x) => share(t, x));
  const gov = share(t, p.gov);
  const fundsOther = share(t, 3);
  const staff = staffTotal ?? 40;
  return {
    staff_total: staff,
    revenue: yuan(Math.round((t * 100) / p.intensity / 100) * 100),
    rd_staff: Math.max(3, Math.floor(staff * 0.2)),
    internal_total: yuan(t),
    labor: yuan(labor),
    materials: yuan(materials),
    depreciation: yuan(depreciation),
    equipment: yuan(equipment),
    other_cost: yuan(t - labor - materials - depreciation - equipment),
    funds_own: yuan(t - gov - fundsOther),
    funds_government: yuan(gov),
    funds_other: yuan(fundsOther),
    external_spend: yuan(share(t, 5)),
    deduction_claimed: yuan(share(t, 60)),
    projects: p.projects.map((name, i) => ({
      name,
      expenditure: yuan(share(t, i === 0 ? 55 : 25)),
      government: yuan(i === 0 ? gov : 0),
      people: 4 + i * 2,
      person_months: (4 + i * 2) * 5,
    })),
  };
}

const at = (day: number) => new Date(`2022-07-${String(day).padStart(2, '0')}T10:00:00+08:00`);

async function fillUnit(
  trx: Transaction<DB>,
  actor: Actor,
  unit: { id: number; enterprise_id: number; staff_total: number | null },
  total: string,
  p: Plan,
  status: Plan['status'],
  day: number,
  taskTitle: string,
) {
  const { projects, ...f } = figuresFor(total, p, unit.staff_total);
  const extra: Record<string, unknown> = {};
  if (p.short === '德康医疗') {
    extra.explanations = JSON.stringify({
      'tech-sme-below-rule': '上半年新增生产线投产，营业收入增长较快；研发投入按年度计划在下半年集中支出',
    });
  }
  if (p.short === '陇瑞电子') extra.funds_own = yuan(cents(f.funds_own) - 200_000); // saved with a by-source gap of 2000 元
  if (status === 'returned') extra.return_reason = '项目“高性能复合管材”参加人员与研发人员台账不一致，请核实后重新提交';
  const submitted = status === 'approved' || status === 'submitted' || status === 'returned';
  await trx
    .updateTable('rd_task_unit')
    .set({
      ...f,
      ...extra,
      status,
      saved_at: at(day - 2),
      submitted_at: submitted ? at(day) : null,
      reviewed_at: status === 'approved' || status === 'returned' ? at(day + 5) : null,
    })
    .where('id', '=', unit.id)
    .execute();
  if (projects.length) {
    await trx
      .insertInto('rd_project')
      .values(
        projects.map((x, i) => ({
          ...x,
          task_unit_id: unit.id,
          region_code: DEMO_COUNTY.code,
          seq: i + 1,
          source: i === 0 && p.gov > 0 ? 'government' : 'own',
          cooperation: i === 0 ? 'independent' : 'with_university',
          stage: 'research',
          created_by: null,
          updated_by: null,
        })),
      )
      .execute();
  }
  const ref = { type: 'rd_task_unit', id: unit.id };
  const base = { enterpriseId: unit.enterprise_id, regionCode: DEMO_COUNTY.code, module: 'rd' as const, ref };
  if (submitted) {
    await recordEnterpriseEvent(trx, actor, {
      ...base,
      kind: 'submitted',
      title: `提交研发经费填报：${taskTitle}`,
      detail: `研发经费内部支出 ${formatWanText(total)}`,
      at: at(day),
    });
  }
  if (status === 'approved') {
    await recordEnterpriseEvent(trx, actor, {
      ...base,
      kind: 'approved',
      title: `研发经费填报审核通过：${taskTitle}`,
      at: at(day + 5),
    });
  }
  if (status === 'returned') {
    await recordEnterpriseEvent(trx, actor, {
      ...base,
      kind: 'returned',
      title: `研发经费填报退回：${taskTitle}`,
      detail: String(extra.return_reason),
      at: at(day + 5),
    });
  }
}

async function seedTask(
  trx: Transaction<DB>,
  actor: Actor,
  ids: Map<string, number>,
  t: { title: string; period: string; dueDate: string; status: 'open' | 'closed'; published: boolean },
  totalOf: (p: Plan) => string | null,
  statusOf: (p: Plan) => Plan['status'],
) {
  const { id } = await insertRdTask(trx, actor, {
    regionCode: DEMO_COUNTY.code,
    title: t.title,
    period: parseRdPeriod(t.period)!,
    dueDate: t.dueDate,
    units: { picks: ['all'], tags: [], enterpriseIds: [] },
  });
  await trx
    .updateTable('rd_task')
    .set({
      status: t.status,
      opened_at: new Date(`${t.period.slice(0, 4)}-07-01T09:00:00+08:00`),
      closed_at: t.status === 'closed' ? new Date(`${t.dueDate}T18:00:00+08:00`) : null,
      published: t.published,
      published_at: t.published ? new Date(`${t.dueDate}T18:00:00+08:00`) : null,
    })
    .where('id', '=', id)
    .execute();
  const units = await trx
    .selectFrom('rd_task_unit')
    .select(['id', 'enterprise_id', 'staff_total'])
    .where('task_id', '=', id)
    .execute();
  for (const [i, p] of PLAN.entries()) {
    const unit = units.find((u) => u.enterprise_id === ids.get(p.short));
    const total = totalOf(p);
    if (!unit || total === null || statusOf(p) === 'not_filled') continue;
    await fillUnit(trx, actor, unit, total, p, statusOf(p), 6 + (i % 12), t.title);
  }
  return id;
}

/** The county's R&D collection: the 2021 task (closed, published) and the 2022 H1 task whose approved total is 7200万元, with GDP. */
export async function seedDemoRd(trx: Transaction<DB>, actor: Actor, ids: Map<string, number>): Promise<void> {
  const approved = PLAN.filter((p) => p.status === 'approved').map((p) => exact.parseDecimal(p.h1!));
  if (exact.formatYuan(exact.sum(approved)) !== '72000000.00') {
    throw new Error('演示数据：2022年上半年通过合计应为 72000000.00 元');
  }
  // 2021 (annual): every unit reported and was approved; figures ≈ 1.8 × its 2022 H1 level.
  const y2021 = (p: Plan) => yuan(Math.round((cents(p.h1 ?? '250000.00') * 1.8) / 10_000) * 10_000);
  const t2021 = await seedTask(
    trx,
    actor,
    ids,
    { title: '2021年度全社会研发经费归集', period: '2021', dueDate: '2022-03-10', status: 'closed', published: true },
    y2021,
    () => 'approved',
  );
  const t2022 = await seedTask(
    trx,
    actor,
    ids,
    {
      title: '2022年上半年全社会研发经费归集',
      period: '2022H1',
      dueDate: '2022-07-20',
      status: 'open',
      published: false,
    },
    (p) => p.h1,
    (p) => p.status,
  );
  // Demo figures, not official statistics: plausible GDP of 陇西县 for the intensity indicator.
  const gdp = [
    { period: '2021', value: '11270000000.00', source: '陇西县统计局《2021年国民经济和社会发展统计公报》（演示数据）' },
    { period: '2022H1', value: '5650000000.00', source: '陇西县统计局 2022年上半年主要经济指标（演示数据）' },
  ];
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
    details: { tasks: [t2021, t2022], gdp: gdp.map((g) => g.period) },
  });
}
