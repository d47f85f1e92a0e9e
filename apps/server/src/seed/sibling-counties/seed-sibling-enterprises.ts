import type { Transaction } from 'kysely';
import { TIER_LABELS, validUntil, type Stage, type Tier } from '@kechuang/domain';
import type { Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { insertEnterprise } from '../../modules/enterprise/insert-enterprise';
import { refreshQualificationTiers } from '../../modules/enterprise/qualification-tiers';
import { recordEnterpriseEvent } from '../../modules/enterprise/timeline';
import { BUSINESSES, firmName, siblingCreditCode, type SiblingCounty } from './sibling-counties';

interface Qualification {
  tier: Tier;
  year: number;
  stage: Stage;
  on: string;
  batch: string | null;
}

// 科技型中小企业 入库 batches of 2022 H1 (the dates 陇西县's batches use).
const SME_BATCHES = ['2022-03-18', '2022-04-22', '2022-05-20', '2022-06-17'];
// 高企 certified in December: in force through 2022 for three years from the certificate.
const HIGH_TECH_ON = ['2019-12-02', '2020-12-01', '2021-12-15'];

/** The tiers the county's table gives its i-th firm: each tier to a run of firms, in table order. */
export function qualificationsOf(c: SiblingCounty, i: number): Qualification[] {
  const out: Qualification[] = [];
  if (i < c.techSme) {
    const on = SME_BATCHES[i % SME_BATCHES.length];
    out.push({ tier: 'tech_sme', year: 2022, stage: 'certified', on, batch: `2022年第${(i % 4) + 1}批` });
  }
  let from = 0;
  c.highTech.forEach((n, k) => {
    if (i >= from && i < from + n) {
      const on = HIGH_TECH_ON[k];
      out.push({ tier: 'high_tech', year: Number(on.slice(0, 4)), stage: 'certified', on, batch: null });
    }
    from += n;
  });
  if (i >= from && i < from + c.highTechApplying) {
    out.push({ tier: 'high_tech', year: 2022, stage: 'applying', on: '2022-06-10', batch: '2022年第一批' });
  }
  // 省级科技创新型: certified in 2021 from the second firm on, then those recommended in 2022.
  if (i >= 1 && i < 1 + c.provincialInnovative) {
    out.push({ tier: 'provincial_innovative', year: 2021, stage: 'certified', on: '2021-11-18', batch: null });
  }
  const recommendedFrom = 1 + c.provincialInnovative;
  if (i >= recommendedFrom && i < recommendedFrom + c.provincialRecommended) {
    out.push({ tier: 'provincial_innovative', year: 2022, stage: 'recommended', on: '2022-05-20', batch: null });
  }
  if (i < c.littleGiant) {
    out.push({ tier: 'little_giant', year: 2021, stage: 'certified', on: '2021-10-20', batch: null });
  }
  return out;
}

const yuan = (v: number) => `${Math.round(v)}.00`;

/** Plausible yearly figures for 2019–2021, growing with the firm's place in the table (bigger firms first). */
function yearlyFigures(i: number, firms: number) {
  const scale = 1 + (firms - i) / firms;
  return [2019, 2020, 2021].map((year, k) => {
    const revenue = (8_000_000 + ((i * 7_919) % 60) * 1_000_000) * scale * 1.12 ** k;
    const staff = 30 + ((i * 37) % 180) + k * 4;
    return {
      year,
      staff_total: staff,
      tech_staff: Math.max(3, Math.floor(staff * 0.18)),
      revenue: yuan(revenue),
      cost_total: yuan(revenue * 0.82),
      rd_expense: yuan(revenue * 0.045),
      rd_domestic: yuan(revenue * 0.042),
      hightech_income: yuan(revenue * 0.62),
      total_income: yuan(revenue * 1.02),
      net_assets: yuan(revenue * 0.55),
      total_assets: yuan(revenue * 1.3),
      ip_class1: i % 3,
      ip_class2: 2 + (i % 7),
    };
  });
}

function certificateNo(c: SiblingCounty, q: Qualification, i: number): string | null {
  if (q.stage !== 'certified') return null;
  if (q.tier === 'high_tech') return `GR${q.year}62${c.code.slice(4)}${String(3000 + i).padStart(4, '0')}`;
  return `${q.year}${c.code}${String(500 + i).padStart(5, '0')}`;
}

/** The county's firms with their yearly figures, qualifications and timelines. Returns the firms' ids in table order. */
export async function seedSiblingEnterprises(trx: Transaction<DB>, actor: Actor, c: SiblingCounty): Promise<number[]> {
  const ids: number[] = [];
  for (const [i, [trade, business]] of c.firms.entries()) {
    const b = BUSINESSES[business];
    const township = `${c.code}${c.townships[i % c.townships.length]}000`;
    const id = await insertEnterprise(trx, actor, {
      name: firmName(c, i),
      unitKind: 'enterprise',
      creditCode: siblingCreditCode(c.code, i + 1),
      regionCode: c.code,
      townshipCode: township,
      industryCode: b.industry,
      hightechDomain: b.domain,
      foundedOn: `${2008 + (i % 12)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(3 + (i % 25)).padStart(2, '0')}`,
      address: `甘肃省定西市${c.name}${trade}工业园${i + 1}号`,
      legalRepresentative: null,
      contactName: `${trade}联系人`,
      contactPhone: `138${c.code.slice(3)}${String(10_000 + i * 173).padStart(5, '0')}`,
      tags: i < 3 ? ['规上企业', '重点联系'] : [],
    });
    ids.push(id);
    const yearly = yearlyFigures(i, c.firms.length).map((y) => ({
      ...y,
      enterprise_id: id,
      region_code: c.code,
      created_by: null,
      updated_by: null,
    }));
    await trx.insertInto('enterprise_yearly').values(yearly).execute();
    for (const q of qualificationsOf(c, i)) {
      const certified = q.stage === 'certified';
      const row = await trx
        .insertInto('qualification')
        .values({
          enterprise_id: id,
          region_code: c.code,
          tier: q.tier,
          year: q.year,
          batch: q.batch,
          stage: q.stage,
          applied_on: q.on,
          certified_on: certified ? q.on : null,
          valid_until: certified ? validUntil(q.tier, q.on) : null,
          certificate_no: certificateNo(c, q, i),
          created_by: null,
          updated_by: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordEnterpriseEvent(trx, actor, {
        enterpriseId: id,
        regionCode: c.code,
        module: 'qualification',
        kind: `stage-${q.stage}`,
        title: `${TIER_LABELS[q.tier]}（${q.year}）`,
        detail: q.batch,
        ref: { type: 'qualification', id: row.id },
        at: new Date(`${q.on}T10:00:00+08:00`),
      });
    }
    await refreshQualificationTiers(trx, id);
  }
  return ids;
}
