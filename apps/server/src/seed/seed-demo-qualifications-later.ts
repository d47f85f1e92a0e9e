import type { Transaction } from 'kysely';
import { TIER_LABELS, addDays, validUntil, yearOf, type Tier } from '@kechuang/domain';
import { writeAudit, type Actor } from '../platform/audit/audit.writer';
import type { DB } from '../platform/db/schema';
import { refreshQualificationTiers } from '../modules/enterprise/qualification-tiers';
import { recordEnterpriseEvent } from '../modules/enterprise/timeline';
import { DEMO_COUNTY } from './demo-accounts';
import { DEMO_ENTERPRISES } from './demo-enterprises';
import { RECORDED_UNTIL, chinaAt, happened, yearsLived } from './demo-life';

interface Certification {
  short: string;
  tier: Tier;
  on: string;
  appliedOn: string;
  batch: string | null;
}

/** 高企 certificates run 3 years: one of 青龙管业's, certified so that it expires 45 days after `today`. */
function expiringSoon(today: string): Certification | null {
  let due = addDays(today, 45);
  if (due.endsWith('-02-29')) due = addDays(due, 1);
  const on = addDays(`${yearOf(due) - 3}${due.slice(4)}`, 1); // valid until the day before the anniversary
  if (on <= RECORDED_UNTIL) return null; // before that, the recorded 2020 certificate is the one expiring
  return { short: '青龙管业', tier: 'high_tech', on, appliedOn: addDays(on, -150), batch: null };
}

/**
 * The certifications of the years after 2022 up to `today`: 科技型中小企业 入库 each spring (valid to 31 December;
 * every fifth unit lets it lapse after 2023, the four cultivated ones enter from 2023), 首阳中药's 高企 renewed every
 * three years, and a 高企 of 青龙管业 expiring soon, so 到期提醒 and 我的待办 have something due today.
 */
export function laterCertifications(today: string): Certification[] {
  const out: Certification[] = [];
  const smes = DEMO_ENTERPRISES.filter((e) => e.qualifications.some((q) => q.tier === 'tech_sme'));
  for (const year of yearsLived(today)) {
    const on = `${year}-04-20`;
    for (const [i, e] of smes.entries()) {
      if (year > 2023 && i % 5 === 4) continue;
      out.push({ short: e.short, tier: 'tech_sme', on, appliedOn: `${year}-03-15`, batch: `${year}年第2批` });
    }
  }
  for (const on of ['2023-11-28', '2026-11-25', '2029-11-27', '2032-11-24']) {
    out.push({ short: '首阳中药', tier: 'high_tech', on, appliedOn: `${on.slice(0, 4)}-06-20`, batch: null });
  }
  const soon = expiringSoon(today);
  if (soon) out.push(soon);
  return out.filter((c) => happened(c.on, today));
}

/** Writes the certifications of the county living on until `today`, each with its timeline entry. */
export async function seedDemoQualificationsLater(
  trx: Transaction<DB>,
  actor: Actor,
  ids: Map<string, number>,
  today: string,
): Promise<void> {
  const certifications = laterCertifications(today);
  for (const [i, c] of certifications.entries()) {
    const enterpriseId = ids.get(c.short)!;
    const year = yearOf(c.on);
    const row = await trx
      .insertInto('qualification')
      .values({
        enterprise_id: enterpriseId,
        region_code: DEMO_COUNTY.code,
        tier: c.tier,
        year,
        batch: c.batch,
        stage: 'certified',
        applied_on: c.appliedOn,
        certified_on: c.on,
        valid_until: validUntil(c.tier, c.on),
        certificate_no:
          c.tier === 'high_tech'
            ? `GR${year}62${String(3000 + i).padStart(6, '0')}`
            : `${year}62110${String(500 + i).padStart(5, '0')}`,
        created_by: null,
        updated_by: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEnterpriseEvent(trx, actor, {
      enterpriseId,
      regionCode: DEMO_COUNTY.code,
      module: 'qualification',
      kind: 'stage-certified',
      title: `${TIER_LABELS[c.tier]}（${year}）`,
      detail: c.batch,
      ref: { type: 'qualification', id: row.id },
      at: chinaAt(c.on),
    });
  }
  for (const short of new Set(certifications.map((c) => c.short))) {
    await refreshQualificationTiers(trx, ids.get(short)!);
  }
  await writeAudit(trx, actor, {
    action: 'demo.seed-enterprises',
    regionCode: DEMO_COUNTY.code,
    details: { certifications: certifications.length, today },
  });
}
