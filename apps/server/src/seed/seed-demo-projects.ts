import { sql, type Transaction } from 'kysely';
import { creditCodeCheckChar, orgCodeCheckChar } from '@kechuang/domain/rules/credit-code';
import {
  APPLICATION_STATE_LABELS,
  addDays,
  findTransition,
  illegalTransitionMessage,
  yearOf,
  type ApplicationState,
  type TCriterion,
  type TFormField,
} from '@kechuang/domain';
import { writeAudit, type Actor } from '../platform/audit/audit.writer';
import type { DB } from '../platform/db/schema';
import { insertEnterprise } from '../modules/enterprise/insert-enterprise';
import { recordEnterpriseEvent } from '../modules/enterprise/timeline';
import { computeRanking } from '../modules/project/compute-ranking';
import { DEMO_COUNTY } from './demo-accounts';
import { attachDemoFile } from './seed-demo-project-files';
import { chinaAt, happened, type DemoToday } from './demo-life';

const REGION = DEMO_COUNTY.code;

/** A valid 统一社会信用代码 of a 事业单位 (登记管理部门 1, 机构类别 2) registered in 陇西县. */
function institutionCreditCode(body8: string): string {
  const first17 = `12${REGION}${body8}${orgCodeCheckChar(body8)}`;
  return first17 + creditCodeCheckChar(first17);
}

const FORM: TFormField[] = [
  { key: 'leader', label: '项目负责人', type: 'text', required: true, maxLength: 30 },
  { key: 'summary', label: '项目简介', type: 'textarea', required: true, maxLength: 2000 },
  { key: 'budget', label: '项目总投资（元）', type: 'money', required: true },
  { key: 'startDate', label: '计划开始日期', type: 'date', required: false },
  { key: 'feasibility', label: '可行性研究报告', type: 'file', required: true },
  { key: 'license', label: '营业执照或法人证书', type: 'file', required: false },
];
const CRITERIA: TCriterion[] = [
  { key: 'innovation', label: '技术创新性', maxScore: 30, weight: 30 },
  { key: 'feasibility', label: '实施可行性', maxScore: 40, weight: 40 },
  { key: 'benefit', label: '经济社会效益', maxScore: 30, weight: 30 },
];

interface CallSeed {
  key: string;
  title: string;
  category: string;
  level: string;
  year: number;
  opens: string;
  closes: string;
  minExperts: number;
  rule: 'none' | 'drop-high-low' | 'drop-beyond-n-sd';
}

const at = (d: string) => new Date(d.length === 10 ? `${d}T10:00:00+08:00` : d);
const day = 86_400_000;

/**
 * The calls of 2021–2022 behind the report, plus one open now so an enterprise can apply in the demo, and (once the
 * county has lived a year on) last year's county call whose project is being implemented today.
 */
function callSeeds(now: Date, today: DemoToday): CallSeed[] {
  const calls: CallSeed[] = [
    {
      key: 'central',
      title: '2022年度中央引导地方科技发展资金项目',
      category: 'central_guide',
      level: 'national',
      year: 2022,
      opens: '2022-03-01',
      closes: '2022-04-15T17:30:00+08:00',
      minExperts: 2,
      rule: 'none',
    },
    {
      key: 'major',
      title: '2022年省级科技重大专项计划项目',
      category: 'provincial_major',
      level: 'provincial',
      year: 2022,
      opens: '2022-03-10',
      closes: '2022-05-10T17:30:00+08:00',
      minExperts: 2,
      rule: 'none',
    },
    {
      key: 'popsci',
      title: '2022年省级科普示范基地',
      category: 'provincial_popsci_base',
      level: 'provincial',
      year: 2022,
      opens: '2022-04-01',
      closes: '2022-05-31T17:30:00+08:00',
      minExperts: 2,
      rule: 'none',
    },
    {
      key: 'measures',
      title: '2021年省支持科技创新若干措施项目',
      category: 'provincial_measures',
      level: 'provincial',
      year: 2021,
      opens: '2021-06-01',
      closes: '2021-07-31T17:30:00+08:00',
      minExperts: 2,
      rule: 'none',
    },
    {
      key: 'city',
      title: '2021年定西市科技计划项目',
      category: 'city_plan',
      level: 'city',
      year: 2021,
      opens: '2021-03-01',
      closes: '2021-04-30T17:30:00+08:00',
      minExperts: 3,
      rule: 'drop-high-low',
    },
    {
      key: 'county',
      title: `${now.getFullYear()}年陇西县科技计划项目`,
      category: 'county_plan',
      level: 'county',
      year: now.getFullYear(),
      opens: new Date(now.getTime() - 10 * day).toISOString(),
      closes: new Date(now.getTime() + 20 * day).toISOString(),
      minExperts: 3,
      rule: 'drop-beyond-n-sd',
    },
  ];
  const last = lastYearsCall(today);
  if (last) calls.push(last.call);
  return calls;
}

/** Last year's county call (opened about 13 months ago) with one project mid-way: its 中期检查 falls due soon. */
function lastYearsCall(today: DemoToday): { call: CallSeed; app: AppSeed } | null {
  if (today === null) return null;
  const opens = addDays(today, -400);
  if (opens <= '2022-12-31') return null; // keeps 2022's records exactly as recorded
  const closes = addDays(opens, 45);
  const year = yearOf(opens);
  const starts = addDays(closes, 75);
  return {
    call: {
      key: 'county-last',
      title: `${year}年陇西县科技计划项目`,
      category: 'county_plan',
      level: 'county',
      year,
      opens,
      closes: `${closes}T17:30:00+08:00`,
      minExperts: 3,
      rule: 'drop-beyond-n-sd',
    },
    app: [
      'county-last',
      '金麓银峰',
      '马铃薯全粉加工工艺优化与装备集成',
      [
        ['submitted', addDays(closes, -6)],
        ['county_review', addDays(closes, 3)],
        ['recommended', addDays(closes, 30)],
        ['approved', addDays(closes, 60)],
        ['in_progress', starts],
      ],
      {
        requested: '300000.00',
        approved: '200000.00',
        projectNo: `LXKJ-${year}-03`,
        ends: addDays(today, 300),
        midterm: addDays(today, 24),
      },
    ],
  };
}

/** [call, enterprise short name, title, state path after 草稿 with dates, amounts]. */
type AppSeed = [
  string,
  string,
  string,
  [ApplicationState, string][],
  { requested: string; approved?: string; projectNo?: string; ends?: string; midterm?: string },
];
const APPS: AppSeed[] = [
  [
    'central',
    '众智众创',
    '基于大数据的众创空间科技服务平台建设',
    [
      ['submitted', '2022-04-08'],
      ['county_review', '2022-04-11'],
      ['recommended', '2022-04-20'],
    ],
    { requested: '1500000.00' },
  ],
  [
    'central',
    '青龙管业',
    '大口径预应力钢筒混凝土管智能制造关键技术研发',
    [
      ['submitted', '2022-04-12'],
      ['county_review', '2022-04-13'],
      ['recommended', '2022-04-20'],
    ],
    { requested: '3000000.00' },
  ],
  [
    'major',
    '诚泰药业',
    '道地中药材当归标准化种植与饮片炮制关键技术研究',
    [
      ['submitted', '2022-05-05'],
      ['county_review', '2022-05-06'],
      ['recommended', '2022-05-12'],
    ],
    { requested: '5000000.00' },
  ],
  [
    'major',
    '鼎丰马铃薯',
    '马铃薯脱毒种薯高效繁育技术集成与示范',
    [
      ['submitted', '2022-05-06'],
      ['county_review', '2022-05-07'],
      ['recommended', '2022-05-12'],
    ],
    { requested: '4000000.00' },
  ],
  [
    'popsci',
    '陇西二中',
    '陇西县第二中学青少年科普示范基地建设',
    [
      ['submitted', '2022-05-25'],
      ['county_review', '2022-05-27'],
    ],
    { requested: '200000.00' },
  ],
  [
    'popsci',
    '思源中学',
    '陇西县思源中学科技创新教育科普基地建设',
    [['submitted', '2022-05-30']],
    { requested: '200000.00' },
  ],
  [
    'measures',
    '华硒生物',
    '富硒农产品精深加工关键技术研发与产业化',
    [
      ['submitted', '2021-07-20'],
      ['county_review', '2021-07-22'],
      ['recommended', '2021-08-02'],
      ['approved', '2021-12-10'],
      ['in_progress', '2022-01-05'],
    ],
    {
      requested: '1000000.00',
      approved: '800000.00',
      projectNo: 'GSKJCX-2021-018',
      ends: '2023-12-31',
      midterm: '2022-12-31',
    },
  ],
  [
    'measures',
    '丰源薯业',
    '马铃薯淀粉加工废水资源化利用技术示范',
    [
      ['submitted', '2021-07-25'],
      ['county_review', '2021-07-26'],
      ['recommended', '2021-08-02'],
      ['approved', '2021-12-10'],
      ['in_progress', '2022-01-05'],
    ],
    {
      requested: '900000.00',
      approved: '700000.00',
      projectNo: 'GSKJCX-2021-019',
      ends: '2023-12-31',
      midterm: '2022-12-31',
    },
  ],
  [
    'measures',
    '首阳中药',
    '中药材产地初加工与炮制一体化技术集成',
    [
      ['submitted', '2021-07-28'],
      ['county_review', '2021-07-29'],
      ['recommended', '2021-08-02'],
      ['approved', '2021-12-10'],
      ['in_progress', '2022-01-05'],
    ],
    {
      requested: '600000.00',
      approved: '500000.00',
      projectNo: 'GSKJCX-2021-020',
      ends: '2023-06-30',
      midterm: '2022-06-30',
    },
  ],
  [
    'city',
    '渭河农机',
    '丘陵山地马铃薯联合收获机研制',
    [
      ['submitted', '2021-04-20'],
      ['county_review', '2021-04-21'],
      ['recommended', '2021-05-06'],
      ['approved', '2021-06-18'],
      ['in_progress', '2021-07-01'],
      ['midterm', '2022-01-10'],
      ['accepted', '2022-06-28'],
    ],
    { requested: '300000.00', approved: '200000.00', projectNo: 'DXKJ-2021-07' },
  ],
  [
    'city',
    '爱味客',
    '马铃薯休闲食品低油生产工艺研究',
    [
      ['submitted', '2021-04-22'],
      ['county_review', '2021-04-23'],
      ['recommended', '2021-05-06'],
      ['approved', '2021-06-18'],
      ['in_progress', '2021-07-01'],
      ['midterm', '2022-06-15'],
    ],
    { requested: '300000.00', approved: '150000.00', projectNo: 'DXKJ-2021-08', ends: '2022-12-31' },
  ],
  [
    'city',
    '金鼎铝业',
    '再生铝熔炼烟气余热回收技术',
    [
      ['submitted', '2021-04-25'],
      ['county_review', '2021-04-26'],
      ['recommended', '2021-05-06'],
      ['approved', '2021-06-18'],
      ['in_progress', '2021-07-01'],
      ['terminated', '2022-03-15'],
    ],
    { requested: '250000.00', approved: '100000.00', projectNo: 'DXKJ-2021-09' },
  ],
  [
    'city',
    '远达食品',
    '速冻马铃薯制品品质保持技术',
    [
      ['submitted', '2021-04-28'],
      ['county_review', '2021-04-29'],
      ['recommended', '2021-05-06'],
      ['rejected', '2021-06-18'],
    ],
    { requested: '200000.00' },
  ],
  ['county', '青龙管业', '管道防腐涂层在线检测装置研制', [], { requested: '100000.00' }],
];

type Money = AppSeed[4];

/**
 * How the 2022 applications and projects carried on after the report (the county living on): each reaches its
 * decision, and each project its 中期检查 and 验收 around its end date. Only what happened by "today" is written.
 */
const LATER: Record<string, { path: [ApplicationState, string][]; money?: Money }> = {
  基于大数据的众创空间科技服务平台建设: {
    path: [
      ['approved', '2022-09-15'],
      ['in_progress', '2022-10-08'],
      ['midterm', '2023-10-20'],
      ['accepted', '2024-09-26'],
    ],
    money: {
      requested: '1500000.00',
      approved: '1200000.00',
      projectNo: 'ZYYD-2022-031',
      ends: '2024-09-30',
      midterm: '2023-09-30',
    },
  },
  大口径预应力钢筒混凝土管智能制造关键技术研发: {
    path: [
      ['approved', '2022-09-15'],
      ['in_progress', '2022-10-08'],
      ['midterm', '2023-10-20'],
      ['accepted', '2024-12-20'],
    ],
    money: {
      requested: '3000000.00',
      approved: '2000000.00',
      projectNo: 'ZYYD-2022-032',
      ends: '2024-12-31',
      midterm: '2023-09-30',
    },
  },
  道地中药材当归标准化种植与饮片炮制关键技术研究: { path: [['rejected', '2022-08-30']] },
  马铃薯脱毒种薯高效繁育技术集成与示范: {
    path: [
      ['approved', '2022-09-20'],
      ['in_progress', '2022-10-10'],
      ['midterm', '2024-04-15'],
      ['accepted', '2025-09-25'],
    ],
    money: {
      requested: '4000000.00',
      approved: '3000000.00',
      projectNo: 'GSZX-2022-017',
      ends: '2025-09-30',
      midterm: '2024-03-31',
    },
  },
  陇西县第二中学青少年科普示范基地建设: {
    path: [
      ['recommended', '2022-07-05'],
      ['approved', '2022-10-12'],
      ['in_progress', '2022-11-01'],
      ['midterm', '2023-05-10'],
      ['accepted', '2023-11-20'],
    ],
    money: {
      requested: '200000.00',
      approved: '200000.00',
      projectNo: 'GSKP-2022-041',
      ends: '2023-10-31',
      midterm: '2023-04-30',
    },
  },
  陇西县思源中学科技创新教育科普基地建设: {
    path: [
      ['county_review', '2022-07-04'],
      ['recommended', '2022-07-05'],
      ['rejected', '2022-10-12'],
    ],
  },
  富硒农产品精深加工关键技术研发与产业化: {
    path: [
      ['midterm', '2022-12-20'],
      ['accepted', '2024-01-18'],
    ],
  },
  马铃薯淀粉加工废水资源化利用技术示范: {
    path: [
      ['midterm', '2022-12-22'],
      ['accepted', '2024-01-18'],
    ],
  },
  中药材产地初加工与炮制一体化技术集成: {
    path: [
      ['midterm', '2022-07-08'],
      ['accepted', '2023-07-20'],
    ],
  },
  马铃薯休闲食品低油生产工艺研究: { path: [['accepted', '2023-01-12']] },
};

/** The grants of the projects approved after the report, paid when they were approved (dated, so written only once lived). */
const LATER_FUNDS: (typeof FUNDS)[number][] = [
  ['基于大数据的众创空间科技服务平台建设', 'grant', 'central', '1200000.00', '2022-09-30', '甘财科〔2022〕58号'],
  [
    '大口径预应力钢筒混凝土管智能制造关键技术研发',
    'grant',
    'central',
    '2000000.00',
    '2022-09-30',
    '甘财科〔2022〕58号',
  ],
  ['马铃薯脱毒种薯高效繁育技术集成与示范', 'grant', 'provincial', '3000000.00', '2022-10-18', '甘财科〔2022〕63号'],
  ['陇西县第二中学青少年科普示范基地建设', 'grant', 'provincial', '200000.00', '2022-10-28', '甘科普〔2022〕9号'],
];

/** [project title, kind, source, amount, date, voucher/document]. The provincial grants of 2022 H1 total exactly 2,000,000.00 元. */
const FUNDS: [string, 'grant' | 'allocation' | 'disbursement' | 'matching', string | null, string, string, string][] = [
  ['富硒农产品精深加工关键技术研发与产业化', 'grant', 'provincial', '800000.00', '2022-03-25', '甘财科〔2022〕12号'],
  ['马铃薯淀粉加工废水资源化利用技术示范', 'grant', 'provincial', '700000.00', '2022-03-25', '甘财科〔2022〕12号'],
  ['中药材产地初加工与炮制一体化技术集成', 'grant', 'provincial', '500000.00', '2022-05-16', '甘财科〔2022〕31号'],
  ['富硒农产品精深加工关键技术研发与产业化', 'disbursement', 'provincial', '480000.00', '2022-04-20', 'LXKJ-2022-0041'],
  ['马铃薯淀粉加工废水资源化利用技术示范', 'disbursement', 'provincial', '420000.00', '2022-04-20', 'LXKJ-2022-0042'],
  ['富硒农产品精深加工关键技术研发与产业化', 'matching', null, '1200000.00', '2022-02-28', '企业自筹'],
  ['丘陵山地马铃薯联合收获机研制', 'grant', 'city', '200000.00', '2021-07-15', '定财科〔2021〕9号'],
  ['丘陵山地马铃薯联合收获机研制', 'disbursement', 'city', '200000.00', '2021-08-10', 'LXKJ-2021-0088'],
  ['马铃薯休闲食品低油生产工艺研究', 'grant', 'city', '150000.00', '2021-07-15', '定财科〔2021〕9号'],
  ['马铃薯休闲食品低油生产工艺研究', 'allocation', 'county', '50000.00', '2022-03-01', '陇科发〔2022〕5号'],
];

async function seedExperts(trx: Transaction<DB>, ids: Map<string, number>): Promise<Map<string, number>> {
  const base = await trx
    .selectFrom('app_user')
    .select(['id', 'password_hash'])
    .where('username', '=', 'expert')
    .executeTakeFirstOrThrow();
  const experts = new Map<string, number>([['expert', base.id]]);
  for (const [username, display] of [
    ['expert2', '周专家'],
    ['expert3', '吴专家'],
  ]) {
    const u = await trx
      .insertInto('app_user')
      .values({
        username,
        display_name: display,
        password_hash: base.password_hash,
        region_code: REGION,
        enterprise_id: null,
        must_change_password: false,
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('user_role').values({ user_id: u.id, role_code: 'expert' }).execute();
    experts.set(username, u.id);
  }
  const name = async (short: string) =>
    await trx
      .selectFrom('enterprise')
      .select(['name', 'credit_code'])
      .where('id', '=', ids.get(short)!)
      .executeTakeFirstOrThrow();
  const zz = await name('众智众创');
  const ct = await name('诚泰药业');
  const profiles = [
    {
      user_id: experts.get('expert')!,
      name: '孙专家',
      title: '教授',
      employer_name: '甘肃农业大学',
      fields: ['农学', '马铃薯育种'],
      conflicts: [],
    },
    {
      user_id: experts.get('expert2')!,
      name: '周专家',
      title: '研究员',
      employer_name: '定西市农业科学研究院',
      fields: ['农产品加工', '中药材'],
      conflicts: [{ creditCode: zz.credit_code, name: zz.name, reason: '与本院有在研合作项目' }],
    },
    {
      user_id: experts.get('expert3')!,
      name: '吴专家',
      title: '高级工程师',
      employer_name: '甘肃省农业科学院',
      fields: ['机械制造', '新材料'],
      conflicts: [{ creditCode: ct.credit_code, name: ct.name, reason: '与本院有在研合作项目' }],
    },
  ];
  for (const p of profiles) {
    await trx
      .insertInto('expert_profile')
      .values({
        ...p,
        region_code: REGION,
        employer_credit_code: null,
        conflicts: JSON.stringify(p.conflicts),
        created_by: null,
        updated_by: null,
      })
      .execute();
  }
  return experts;
}

/**
 * The project demo data reproducing the 2022 H1 report's 一.1 (docs/rules.md §0.2): 2 + 2 + 2 applications
 * submitted (中央引导, 省级重大专项, 省级科普示范基地 by two schools), 2,000,000.00 元 of provincial grants under
 * 省支持科技创新若干措施, and historical projects in every later state, with transitions, timelines, expert reviews
 * and a confirmed ranking.
 */
export async function seedDemoProjects(
  trx: Transaction<DB>,
  actor: Actor,
  enterprises: Map<string, number>,
  today: DemoToday,
): Promise<void> {
  // The open call is open on the demo's day (at noon), or on the clock's for the demo as recorded.
  const now = today === null ? new Date() : chinaAt(today, '12:00:00');
  const ids = new Map(enterprises);
  for (const [short, name, body] of [
    ['陇西二中', '陇西县第二中学', '43811201'],
    ['思源中学', '陇西县思源中学', '43811202'],
  ]) {
    ids.set(
      short,
      await insertEnterprise(trx, actor, {
        name,
        unitKind: 'school',
        creditCode: institutionCreditCode(body),
        regionCode: REGION,
        townshipCode: '621122100000',
        address: `甘肃省定西市陇西县巩昌镇${name}`,
        tags: ['科普'],
      }),
    );
  }
  const experts = await seedExperts(trx, ids);
  const staff = await trx
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('username', '=', 'staff')
    .executeTakeFirstOrThrow();
  const leader = await trx
    .selectFrom('app_user')
    .select(['id', 'display_name'])
    .where('username', '=', 'leader')
    .executeTakeFirstOrThrow();
  const calls = new Map<string, number>();
  for (const c of callSeeds(now, today)) {
    const row = await trx
      .insertInto('project_call')
      .values({
        region_code: REGION,
        title: c.title,
        category: c.category,
        level: c.level,
        year: c.year,
        opens_at: at(c.opens),
        closes_at: at(c.closes),
        status: 'published',
        guide: `${c.title}申报指南：申报单位须为在陇西县登记注册的企事业单位，按申报表填报并上传可行性研究报告。`,
        form: JSON.stringify(FORM),
        criteria: JSON.stringify(CRITERIA),
        min_experts: c.minExperts,
        outlier_rule: c.rule,
        outlier_sd: c.rule === 'drop-beyond-n-sd' ? '1.50' : null,
        ranking_confirmed_at: null,
        ranking_confirmed_by: null,
        ranking_snapshot: null,
        created_by: staff.id,
        updated_by: staff.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    calls.set(c.key, row.id);
  }
  const apps = new Map<string, number>();
  const living = lastYearsCall(today);
  for (const [call, short, title, recorded, recordedMoney] of living ? [...APPS, living.app] : APPS) {
    const lived = (LATER[title]?.path ?? []).filter(([, date]) => happened(date, today));
    const path = [...recorded, ...lived];
    const money = lived.some(([to]) => to === 'approved') ? LATER[title].money! : recordedMoney;
    const enterpriseId = ids.get(short)!;
    const submitted = path[0] ? at(path[0][1]) : null;
    const row = await trx
      .insertInto('project_application')
      .values({
        region_code: REGION,
        call_id: calls.get(call)!,
        enterprise_id: enterpriseId,
        title,
        state: path.length ? path[path.length - 1][0] : 'draft',
        data: JSON.stringify({
          leader: `${short}项目负责人`,
          summary: `${title}：围绕陇西县主导产业开展关键技术攻关与示范。`,
          budget: money.requested,
        }),
        requested_amount: money.requested,
        approved_amount: money.approved ?? null,
        project_no: money.projectNo ?? null,
        starts_on: money.approved ? (path.find((p) => p[0] === 'in_progress')?.[1] ?? null) : null,
        ends_on: money.ends ?? null,
        midterm_due_on: money.midterm ?? null,
        submitted_at: submitted,
        created_by: staff.id,
        updated_by: staff.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    apps.set(title, row.id);
    // Everything that was ever submitted holds the file the form requires (FORM's required file slots).
    if (path.length) {
      for (const slot of FORM.filter((x) => x.type === 'file' && x.required)) {
        await attachDemoFile(trx, {
          regionCode: REGION,
          applicationId: row.id,
          slot: slot.key,
          fileName: `${title}-${slot.label}.pdf`,
          userId: staff.id,
        });
      }
    }
    await recordEnterpriseEvent(trx, actor, {
      enterpriseId,
      regionCode: REGION,
      module: 'project',
      kind: 'application-created',
      title: `创建申报书：${title}`,
      ref: { type: 'project_application', id: row.id },
      at: submitted ? new Date(submitted.getTime() - 3 * day) : now,
    });
    let from: ApplicationState = 'draft';
    for (const [to, date] of path) {
      if (!findTransition(from, to)) throw new Error(`演示数据：${title}：${illegalTransitionMessage(from, to)}`);
      const reason =
        to === 'rejected' ? '上级主管部门评审未通过' : to === 'terminated' ? '企业主动申请终止，经审核同意' : null;
      await trx
        .insertInto('project_transition')
        .values({
          region_code: REGION,
          application_id: row.id,
          from_state: from,
          to_state: to,
          at: at(date),
          actor_id: staff.id,
          actor_name: staff.display_name,
          on_behalf: to === 'submitted',
          comment: reason,
          visibility: 'applicant',
        })
        .execute();
      await recordEnterpriseEvent(trx, actor, {
        enterpriseId,
        regionCode: REGION,
        module: 'project',
        kind: `application-${to}`,
        title: `${title}：${APPLICATION_STATE_LABELS[from]} → ${APPLICATION_STATE_LABELS[to]}`,
        detail: reason,
        ref: { type: 'project_application', id: row.id },
        at: at(date),
      });
      from = to;
    }
  }
  // Reviews: 中央引导 scored by 孙专家 and 吴专家 and confirmed by the leader; 重大专项 half done (孙专家 still to score).
  const review = async (
    title: string,
    username: string,
    scores: [number, number, number] | null,
    submittedOn = '2022-04-18',
  ) =>
    trx
      .insertInto('review_assignment')
      .values({
        region_code: REGION,
        application_id: apps.get(title)!,
        expert_id: experts.get(username)!,
        status: scores ? 'submitted' : 'assigned',
        scores: JSON.stringify(
          scores ? { innovation: String(scores[0]), feasibility: String(scores[1]), benefit: String(scores[2]) } : {},
        ),
        comment: scores ? '同意推荐' : null,
        submitted_at: scores ? at(submittedOn) : null,
        created_by: staff.id,
        updated_by: staff.id,
      })
      .execute();
  await review('基于大数据的众创空间科技服务平台建设', 'expert', [24, 33, 25]);
  await review('基于大数据的众创空间科技服务平台建设', 'expert3', [25, 34, 26]);
  await review('大口径预应力钢筒混凝土管智能制造关键技术研发', 'expert', [27, 36, 27]);
  await review('大口径预应力钢筒混凝土管智能制造关键技术研发', 'expert3', [26, 35, 28]);
  await review('道地中药材当归标准化种植与饮片炮制关键技术研究', 'expert2', [26, 35, 27]);
  // 孙专家's two 重大专项 reviews were still open in the report; the county living on, he scored them in July.
  const lateReview = happened('2022-07-12', today);
  await review(
    '道地中药材当归标准化种植与饮片炮制关键技术研究',
    'expert',
    lateReview ? [23, 31, 24] : null,
    '2022-07-12',
  );
  await review('马铃薯脱毒种薯高效繁育技术集成与示范', 'expert2', [25, 33, 26]);
  await review('马铃薯脱毒种薯高效繁育技术集成与示范', 'expert', lateReview ? [26, 35, 27] : null, '2022-07-12');
  const central = await trx
    .selectFrom('project_call')
    .selectAll()
    .where('id', '=', calls.get('central')!)
    .executeTakeFirstOrThrow();
  const confirmedAt = at('2022-04-19T15:00:00+08:00');
  const snapshot = {
    ...(await computeRanking(trx, central)),
    confirmed: { by: leader.display_name, at: confirmedAt.toISOString() },
  };
  await trx
    .updateTable('project_call')
    .set({
      ranking_confirmed_at: confirmedAt,
      ranking_confirmed_by: leader.id,
      ranking_snapshot: JSON.stringify(snapshot),
      version: sql`version + 1`,
    })
    .where('id', '=', central.id)
    .execute();

  const funds = [...FUNDS, ...LATER_FUNDS.filter((f) => happened(f[4], today))];
  if (living) {
    const [, , title, path, money] = living.app;
    const approvedOn = path.find(([to]) => to === 'approved')![1];
    funds.push([title, 'allocation', 'county', money.approved!, approvedOn, `陇科发〔${yearOf(approvedOn)}〕7号`]);
  }
  for (const [title, kind, source, amount, date, ref] of funds) {
    const voucher = kind === 'disbursement' ? ref : null;
    await trx
      .insertInto('funding_record')
      .values({
        region_code: REGION,
        application_id: apps.get(title)!,
        kind,
        source_level: source,
        amount,
        occurred_on: date,
        voucher_no: voucher,
        document_no: voucher ? null : ref,
        remark: null,
        created_by: staff.id,
        updated_by: staff.id,
      })
      .execute();
  }
  const reserve = [
    ['金麓银峰', '马铃薯全粉加工工艺优化与装备集成', 'provincial_major', 2023, 'planned'],
    ['锦世化工', '精细化工中间体绿色合成工艺', 'central_guide', 2023, 'planned'],
    ['陇瑞电子', '智能电表用高可靠电源模块研发', 'city_plan', 2023, 'planned'],
    ['佳伟农业', '设施蔬菜水肥一体化示范', 'county_plan', 2022, 'dropped'],
  ] as const;
  for (const [short, title, category, year, status] of reserve) {
    await trx
      .insertInto('project_reserve')
      .values({
        region_code: REGION,
        enterprise_id: ids.get(short)!,
        title,
        category,
        planned_year: year,
        summary: `与${short}共同谋划，拟申报${year}年度项目。`,
        estimated_amount: '500000.00',
        contact: `${short}联系人`,
        status,
        application_id: null,
        created_by: staff.id,
        updated_by: staff.id,
      })
      .execute();
  }
  await writeAudit(trx, actor, {
    action: 'demo.seed-projects',
    regionCode: REGION,
    details: { calls: calls.size, applications: apps.size, funding: funds.length },
  });
}
