import { personalData } from '../../platform/crypto/personal-data';
import type { Kysely, Transaction } from 'kysely';
import { rankDemands, selectedByCut, type DimensionScores, type ReviewWeights } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import type { DemoContext } from '../../platform/module-kit/module';
import { seedDemoCurrentCall } from './seed-demo-current-call';

interface DemoDemand {
  enterprise: string;
  title: string;
  field: string;
  hightechDomain: string;
  problem: string;
  indicators: string;
  outcome: string;
  budget: string;
  months: number;
  contact: [string, string];
  submittedOn: string;
  /** Scores (industry, foundation, indicators, finance) by expert username. */
  scores: Record<string, [number, number, number, number]>;
}

// The county's 2022 call (the plan's 三: 通过征集需求、论证遴选、对接揭榜…): five demands of the demo enterprises in the
// county's industries (马铃薯, 中药材, 富硒农业, 管材), scored by the project module's demo experts without conflict
// (吴专家 declared one with 诚泰药业, so he does not score its demand), ranked by the domain's rule with a 75-point
// line: four 入选 and published, one 落选. The published 马铃薯脱毒种薯 demand is left for the 揭榜 half's demo bid.
const CALL = {
  title: '2022年陇西县“揭榜挂帅”关键技术需求榜单',
  collectFrom: '2022-03-01',
  collectTo: '2022-03-31',
  reviewOn: '2022-04-06',
  rankedOn: '2022-04-20',
  publishedOn: '2022-05-10',
  bidDeadline: '2022-06-30',
  minExperts: 2,
  weights: { industry: 30, foundation: 25, indicators: 25, finance: 20 } as ReviewWeights,
  scoreLine: 75,
};

const DEMANDS: DemoDemand[] = [
  {
    enterprise: '甘肃鼎丰马铃薯种业有限公司',
    title: '马铃薯脱毒种薯高效繁育关键技术攻关',
    field: '现代农业',
    hightechDomain: '02',
    problem: '脱毒苗组培成本高、原原种单株结薯少，种薯带毒率偏高，制约全县马铃薯种薯供给能力。',
    indicators: '组培快繁成本降低 30%；原原种单株结薯 ≥4 粒；种薯 PVX、PVY 带毒率 ≤2%。',
    outcome: '脱毒种薯繁育技术规程 1 项，示范繁育基地 500 亩。',
    budget: '1500000.00',
    months: 24,
    contact: ['刘建国', '13909320011'],
    submittedOn: '2022-03-15',
    scores: { expert: [92, 86, 88, 80], expert2: [90, 84, 86, 82], expert3: [88, 85, 90, 78] },
  },
  {
    enterprise: '甘肃诚泰药业有限公司',
    title: '党参、黄芪规范化种植与连作障碍防控技术',
    field: '中医药',
    hightechDomain: '02',
    problem: '道地药材党参、黄芪连作障碍严重，根腐病高发，药材有效成分含量不稳定。',
    indicators: '连作减产控制在 10% 以内；根腐病发病率降低 50%；黄芪甲苷含量达到药典标准 1.5 倍。',
    outcome: 'GAP 规范化种植技术规程 2 项，示范基地 1000 亩。',
    budget: '1200000.00',
    months: 36,
    contact: ['陈秀兰', '13993210022'],
    submittedOn: '2022-03-18',
    scores: { expert: [85, 80, 82, 76], expert2: [88, 82, 80, 78] },
  },
  {
    enterprise: '甘肃丰源薯业有限公司',
    title: '马铃薯淀粉加工薯渣高值化利用技术',
    field: '节能环保',
    hightechDomain: '07',
    problem: '淀粉加工每年产生湿薯渣约 3 万吨，目前仅作低价饲料，堆放污染环境。',
    indicators: '薯渣膳食纤维提取率 ≥60%；产品纯度 ≥85%；吨渣处理成本 ≤150 元。',
    outcome: '中试生产线 1 条，膳食纤维新产品 1 个。',
    budget: '900000.00',
    months: 24,
    contact: ['马志强', '13830210033'],
    submittedOn: '2022-03-22',
    scores: { expert: [80, 78, 76, 72], expert2: [82, 76, 78, 74], expert3: [78, 80, 75, 70] },
  },
  {
    enterprise: '甘肃青龙管业有限责任公司',
    title: '大口径钢管防腐涂层在线检测装置研制',
    field: '装备制造',
    hightechDomain: '08',
    problem: '防腐涂层厚度与漏点依靠人工抽检，效率低、漏检率高，难以满足大型水利工程验收要求。',
    indicators: '涂层厚度检测精度 ±10 μm；漏点检出率 ≥99%；检测速度 ≥2 m/min。',
    outcome: '在线检测装置样机 1 台，申请发明专利 1 项。',
    budget: '800000.00',
    months: 18,
    contact: ['王海涛', '13919320044'],
    submittedOn: '2022-03-25',
    scores: { expert: [78, 82, 80, 76], expert2: [76, 80, 82, 74], expert3: [80, 84, 78, 72] },
  },
  {
    enterprise: '陇西华硒生物科技有限公司',
    title: '富硒马铃薯硒形态检测方法研究',
    field: '现代农业',
    hightechDomain: '02',
    problem: '富硒农产品缺少快速可靠的有机硒形态检测方法，产品认证依赖外送检测。',
    indicators: '有机硒形态检测限 ≤0.01 mg/kg；单样检测时间 ≤2 小时。',
    outcome: '检测方法企业标准 1 项。',
    budget: '300000.00',
    months: 12,
    contact: ['赵丽娟', '13893210055'],
    submittedOn: '2022-03-28',
    scores: { expert: [68, 72, 70, 66], expert2: [70, 68, 72, 64], expert3: [66, 70, 68, 62] },
  },
];

const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

/**
 * The demo county's 2022 揭榜挂帅 call, its demands, expert scores, ranking and publication; and, the county living
 * on until the demo's day, this year's call collecting demands.
 */
export async function seedDemoTechDemand(db: Kysely<DB>, actor: Actor, demo: DemoContext): Promise<void> {
  const trx = db as Transaction<DB>; // the demo seed runs inside its one transaction
  const county = demo.county.code;
  const users = await trx
    .selectFrom('app_user')
    .select(['id', 'username'])
    .where('username', 'in', ['staff', 'expert', 'expert2', 'expert3'])
    .execute();
  const userId = new Map(users.map((u) => [u.username, u.id]));
  if (!userId.has('expert')) return;
  const staffId = userId.get('staff') ?? actor.id;
  const call = await trx
    .insertInto('tech_demand_call')
    .values({
      region_code: county,
      year: 2022,
      title: CALL.title,
      collect_from: CALL.collectFrom,
      collect_to: CALL.collectTo,
      bid_deadline: CALL.bidDeadline,
      min_experts: CALL.minExperts,
      review_weights: JSON.stringify(CALL.weights),
      state: 'published',
      ranking_confirmed_at: at(CALL.rankedOn),
      ranking_cut: JSON.stringify({ scoreLine: CALL.scoreLine }),
      created_by: staffId,
      updated_by: staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const rows: { id: number; d: DemoDemand }[] = [];
  for (const d of DEMANDS) {
    const e = await trx.selectFrom('enterprise').select('id').where('name', '=', d.enterprise).executeTakeFirst();
    if (!e) continue;
    const row = await trx
      .insertInto('tech_demand')
      .values({
        region_code: county,
        call_id: call.id,
        enterprise_id: e.id,
        title: d.title,
        field: d.field,
        hightech_domain: d.hightechDomain,
        problem: d.problem,
        indicators: d.indicators,
        expected_outcome: d.outcome,
        budget: d.budget,
        period_months: d.months,
        contact_name: d.contact[0],
        contact_phone: personalData().seal(d.contact[1]),
        state: 'reviewing',
        submitted_on: d.submittedOn,
        created_by: staffId,
        updated_by: staffId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    rows.push({ id: row.id, d });
    for (const [username, s] of Object.entries(d.scores)) {
      await trx
        .insertInto('tech_demand_review')
        .values({
          region_code: county,
          demand_id: row.id,
          expert_id: userId.get(username)!,
          scores: JSON.stringify({
            industry: String(s[0]),
            foundation: String(s[1]),
            indicators: String(s[2]),
            finance: String(s[3]),
          }),
          confirmed_at: at(CALL.rankedOn),
          created_by: staffId,
          updated_by: staffId,
        })
        .execute();
    }
  }

  // The ranking by the product's own rule, so the stored scores and states are what the product would compute.
  const toScores = (s: [number, number, number, number]): DimensionScores => ({
    industry: s[0],
    foundation: s[1],
    indicators: s[2],
    finance: s[3],
  });
  const ranked = rankDemands(
    rows.map((r) => ({ demandId: r.id, confirmedScores: Object.values(r.d.scores).map(toScores) })),
    CALL.weights,
    CALL.minExperts,
  );
  for (const r of ranked) {
    const { d } = rows.find((x) => x.id === r.demandId)!;
    const selected = selectedByCut(r, { scoreLine: CALL.scoreLine });
    const moves: [string | null, string, string, string | null][] = [
      [null, 'draft', d.submittedOn, null],
      ['draft', 'submitted', d.submittedOn, null],
      ['submitted', 'reviewing', CALL.reviewOn, null],
      ['reviewing', selected ? 'selected' : 'not_selected', CALL.rankedOn, r.explanation],
      ...(selected ? [['selected', 'published', CALL.publishedOn, null] as [string, string, string, null]] : []),
    ];
    for (const [from, to, day, reason] of moves) {
      await trx
        .insertInto('tech_demand_history')
        .values({
          demand_id: r.demandId,
          from_state: from,
          to_state: to,
          actor_id: staffId,
          actor_name: '王科员',
          reason,
          created_at: at(day),
        })
        .execute();
    }
    await trx
      .updateTable('tech_demand')
      .set({
        state: selected ? 'published' : 'not_selected',
        review_score: r.score === null ? null : r.score.toFixed(2),
        review_rank: r.rank,
        selected_on: selected ? CALL.rankedOn : null,
        published_on: selected ? CALL.publishedOn : null,
        bid_deadline: selected ? CALL.bidDeadline : null,
      })
      .where('id', '=', r.demandId)
      .execute();
  }
  await writeAudit(trx, actor, {
    action: 'tech-demand.seed',
    objectType: 'tech_demand_call',
    objectId: call.id,
    regionCode: county,
    details: { demands: rows.length },
  });
  if (demo.today) await seedDemoCurrentCall(trx, actor, county, staffId, demo.today);
}
