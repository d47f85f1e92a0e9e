import { personalData } from '../../platform/crypto/personal-data';
import type { Transaction } from 'kysely';
import { addDays, yearOf } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';

/** Two demands already submitted to this year's call, by enterprises of the 2022 call's industries. */
const CURRENT_DEMANDS = [
  {
    enterprise: '甘肃青龙管业有限责任公司',
    title: '大口径管道内壁防腐涂层智能检测技术',
    field: '新材料',
    hightechDomain: '04',
    problem: '管道内壁涂层缺陷依赖人工目检，漏检率高，难以满足长距离输水管道的质量追溯要求。',
    indicators: '缺陷识别准确率 ≥95%；检测速度 ≥6 米/分钟；形成在线检测装置 1 套。',
    outcome: '在线检测装置样机 1 套，企业标准 1 项。',
    budget: '800000.00',
    months: 18,
    contact: ['张志强', '13909320021'],
    submittedDaysAgo: 9,
  },
  {
    enterprise: '陇西华硒生物科技有限公司',
    title: '富硒马铃薯硒形态检测与品质分级技术',
    field: '现代农业',
    hightechDomain: '02',
    problem: '富硒农产品硒含量与硒形态检测周期长，缺少快速分级手段，影响品牌溢价。',
    indicators: '硒形态检测周期缩短至 2 天；建立 3 级品质分级标准。',
    outcome: '检测方法 1 项，分级标准 1 项。',
    budget: '500000.00',
    months: 12,
    contact: ['马丽', '13909320022'],
    submittedDaysAgo: 4,
  },
];

/**
 * This year's 揭榜挂帅 call of the demo county living on until `today`: collecting demands since 20 days ago for
 * another 25 days, with two submitted, so an enterprise can still post one and staff see the call filling up.
 */
export async function seedDemoCurrentCall(
  trx: Transaction<DB>,
  actor: Actor,
  county: string,
  staffId: number | null,
  today: string,
): Promise<void> {
  const year = yearOf(today);
  const call = await trx
    .insertInto('tech_demand_call')
    .values({
      region_code: county,
      year,
      title: `${year}年陇西县“揭榜挂帅”关键技术需求榜单`,
      collect_from: addDays(today, -20),
      collect_to: addDays(today, 25),
      bid_deadline: null,
      min_experts: 2,
      review_weights: JSON.stringify({ industry: 30, foundation: 25, indicators: 25, finance: 20 }),
      state: 'collecting',
      created_by: staffId,
      updated_by: staffId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const d of CURRENT_DEMANDS) {
    const e = await trx.selectFrom('enterprise').select('id').where('name', '=', d.enterprise).executeTakeFirst();
    if (!e) continue;
    const submittedOn = addDays(today, -d.submittedDaysAgo);
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
        state: 'submitted',
        submitted_on: submittedOn,
        created_by: staffId,
        updated_by: staffId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('tech_demand_history')
      .values(
        (
          [
            [null, 'draft'],
            ['draft', 'submitted'],
          ] as const
        ).map(([from, to]) => ({
          demand_id: row.id,
          from_state: from,
          to_state: to,
          actor_id: staffId,
          actor_name: '王科员',
          reason: null,
          created_at: new Date(`${submittedOn}T10:00:00+08:00`),
        })),
      )
      .execute();
  }
  await writeAudit(trx, actor, {
    action: 'tech-demand.seed',
    objectType: 'tech_demand_call',
    objectId: call.id,
    regionCode: county,
    details: { demands: CURRENT_DEMANDS.length, today },
  });
}
