import type { Transaction } from 'kysely';
import { validUntil } from '@kechuang/domain';
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
  await writeAudit(trx, actor, {
    action: 'demo.seed-enterprises',
    regionCode: DEMO_COUNTY.code,
    details: { enterprises: DEMO_ENTERPRISES.length },
  });
  return ids;
}
