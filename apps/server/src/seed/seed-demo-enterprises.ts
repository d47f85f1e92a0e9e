import type { Transaction } from 'kysely';
import { NOTICE_STAGE, STAGE_LABELS, TIER_LABELS, TIER_RULES, validUntil, type Tier } from '@kechuang/domain';
import { computeWorkingDayPeriod } from '../platform/calendar';
import { getParams } from '../platform/params/params.repository';
import { writeAudit, type Actor } from '../platform/audit/audit.writer';
import type { DB } from '../platform/db/schema';
import { insertEnterprise } from '../modules/enterprise/insert-enterprise';
import { recordEnterpriseEvent } from '../modules/enterprise/timeline';
import { refreshQualificationTiers } from '../modules/enterprise/qualification-tiers';
import { DEMO_ENTERPRISES, demoCreditCode } from './demo-enterprises';
import { DEMO_COUNTY } from './demo-accounts';

// A small deterministic generator so the demo figures are the same on every machine.
function seeded(n: number) {
  let x = (n * 2_654_435_761) % 4_294_967_296;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}

/**
 * The published 公示 the demo's records at 公示 belong to (a record reaches 公示 only through one): the seed report's
 * three 省级科技创新型企业, from 2022-06-20 for the tier's working days.
 */
async function seedDemoNotice(trx: Transaction<DB>): Promise<void> {
  const listed = await trx
    .selectFrom('qualification as q')
    .innerJoin('enterprise as e', 'e.id', 'q.enterprise_id')
    .select(['q.id', 'q.tier', 'q.batch', 'q.applied_on', 'e.name', 'e.credit_code'])
    .where('q.region_code', '=', DEMO_COUNTY.code)
    .where('q.stage', '=', NOTICE_STAGE)
    .orderBy('q.id')
    .execute();
  if (listed.length === 0) return;
  const tier = listed[0].tier as Tier;
  const startDate = listed[0].applied_on!;
  const workingDays = TIER_RULES[tier].noticeWorkingDays;
  const { endDate } = await computeWorkingDayPeriod(trx, {
    startDate,
    workingDays,
    field: 'startDate',
    what: '公示截止日期',
  });
  const notice = await trx
    .insertInto('public_notice')
    .values({
      region_code: DEMO_COUNTY.code,
      title: `关于${startDate.slice(0, 4)}年拟推荐${TIER_LABELS[tier]}名单的公示`,
      kind: tier,
      basis: '经企业申报、县级审核、专家评审，拟推荐以下企业，现予公示。公示期内如有异议，请以书面形式向县科技局反映。',
      start_date: startDate,
      working_days: workingDays,
      end_date: endDate,
      status: 'published',
      contact: `${DEMO_COUNTY.name}科学技术局 综合股`,
      supervision_phone: '0932-6620000',
      issuer: (await getParams(trx)).get('system.bureau_name') ?? '科学技术局',
      items: JSON.stringify(
        listed.map((q) => ({
          enterpriseName: q.name,
          creditCode: q.credit_code,
          tier: TIER_LABELS[q.tier as Tier],
          batch: q.batch,
          stage: STAGE_LABELS[NOTICE_STAGE],
        })),
      ),
      qualification_ids: listed.map((q) => q.id),
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('qualification')
    .set({ notice_id: notice.id })
    .where(
      'id',
      'in',
      listed.map((q) => q.id),
    )
    .execute();
}

const yuan = (v: number) => (Math.round(v * 100) / 100).toFixed(2);

/** Yearly figures for 2019–2021 that make the rule engines and the cultivation pool say something real. */
function yearlyFigures(i: number) {
  const rnd = seeded(i + 7);
  const staff = 20 + Math.floor(rnd() * 260);
  const revenue2019 = 3_000_000 + rnd() * 90_000_000;
  const growth = 0.02 + rnd() * 0.35;
  return [2019, 2020, 2021].map((year, k) => {
    const revenue = revenue2019 * (1 + growth) ** k;
    const rdRatio = 0.015 + rnd() * 0.06;
    const rd = revenue * rdRatio;
    return {
      year,
      staff_total: staff + k * 3,
      tech_staff: Math.max(1, Math.floor((staff + k * 3) * (0.05 + rnd() * 0.3))),
      revenue: yuan(revenue),
      cost_total: yuan(revenue * (0.7 + rnd() * 0.2)),
      rd_expense: yuan(rd),
      rd_domestic: yuan(rd * (0.85 + rnd() * 0.15)),
      hightech_income: yuan(revenue * (0.3 + rnd() * 0.6)),
      total_income: yuan(revenue * 1.02),
      net_assets: yuan(revenue * (0.4 + rnd() * 0.5) * (1 + growth / 2) ** k),
      total_assets: yuan(revenue * (0.9 + rnd() * 0.8)),
      ip_class1: Math.floor(rnd() * 3),
      ip_class2: Math.floor(rnd() * 9),
    };
  });
}

/** The enterprises of the 2022 H1 report, with their yearly figures, qualifications and timelines. Returns ids by short name. */
export async function seedDemoEnterprises(trx: Transaction<DB>, actor: Actor): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const [i, e] of DEMO_ENTERPRISES.entries()) {
    const id = await insertEnterprise(trx, actor, {
      name: e.name,
      unitKind: 'enterprise',
      creditCode: demoCreditCode(i + 1),
      regionCode: DEMO_COUNTY.code,
      townshipCode: e.township,
      industryCode: e.industry,
      hightechDomain: e.domain,
      foundedOn: e.founded,
      address: `甘肃省定西市陇西县${e.short}路${i + 1}号`,
      legalRepresentative: null,
      contactName: `${e.short}联系人`,
      contactPhone: `139${String(93_000_000 + i * 7_919).padStart(8, '0')}`,
      tags: e.tags,
    });
    ids.set(e.short, id);
    await trx
      .insertInto('enterprise_yearly')
      .values(
        yearlyFigures(i).map((y) => ({
          ...y,
          enterprise_id: id,
          region_code: DEMO_COUNTY.code,
          created_by: null,
          updated_by: null,
        })),
      )
      .execute();
    for (const q of e.qualifications) {
      const certified = q.stage === 'certified' || q.stage === 'expired';
      const row = await trx
        .insertInto('qualification')
        .values({
          enterprise_id: id,
          region_code: DEMO_COUNTY.code,
          tier: q.tier,
          year: q.year,
          batch: q.batch ?? null,
          stage: q.stage,
          applied_on: q.stage === 'cultivating' ? null : q.on,
          certified_on: certified ? q.on : null,
          valid_until: certified ? validUntil(q.tier, q.on) : null,
          certificate_no: certified
            ? q.tier === 'high_tech'
              ? `GR${q.year}62${String(1000 + i).padStart(6, '0')}`
              : `${q.year}62110${String(200 + i).padStart(5, '0')}`
            : null,
          created_by: null,
          updated_by: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordEnterpriseEvent(trx, actor, {
        enterpriseId: id,
        regionCode: DEMO_COUNTY.code,
        module: 'qualification',
        kind: `stage-${q.stage}`,
        title: `${q.tier === 'tech_sme' ? '科技型中小企业' : q.tier === 'high_tech' ? '高新技术企业' : '省级科技创新型企业'}（${q.year}）`,
        detail: q.batch ?? null,
        ref: { type: 'qualification', id: row.id },
        at: new Date(`${q.on}T10:00:00+08:00`),
      });
    }
    await refreshQualificationTiers(trx, id);
  }
  await seedDemoNotice(trx);
  await writeAudit(trx, actor, {
    action: 'demo.seed-enterprises',
    regionCode: DEMO_COUNTY.code,
    details: { enterprises: DEMO_ENTERPRISES.length },
  });
  return ids;
}
