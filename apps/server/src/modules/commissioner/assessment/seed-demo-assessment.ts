import type { Kysely, Transaction } from 'kysely';
import { serviceCountPoints } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import type { DemoContext } from '../../../platform/module-kit/module';
import { confirmedDaysOf, latestScheme } from './assessment.repository';
import { entryResult } from './entry-result';

const YEAR = 2025;
/** Staff's scores, cycled over the commissioners (服务次数 comes from the confirmed logs). */
const PRESETS: Record<string, number>[] = [
  { service_mode: 9, agreement: 18, effect: 23, satisfaction: 14, bonus: 8 },
  { service_mode: 8, agreement: 16, effect: 20, satisfaction: 13, bonus: 4 },
  { service_mode: 7, agreement: 14, effect: 17, satisfaction: 12, bonus: 2 },
  { service_mode: 5, agreement: 10, effect: 12, satisfaction: 9, bonus: 0 },
];

/**
 * The county's 2025 assessment of its county-level commissioners (docs/rules.md §5.1.1), graded on the scheme in
 * force, opened 2026-01-15. Skipped when the roster has no appointed county-level commissioner serving in 2025.
 */
export async function seedDemoAssessment(db: Kysely<DB>, actor: Actor, demo: DemoContext): Promise<void> {
  const trx = db as Transaction<DB>;
  const region = demo.county.code;
  const commissioners = await trx
    .selectFrom('commissioner as c')
    .innerJoin('commissioner_level_rule as r', 'r.level', 'c.level')
    .select(['c.id', 'r.min_service_days'])
    .where('c.region_code', '=', region)
    .where('c.level', '=', 'county')
    .where('c.status', '=', 'appointed')
    .where('c.term_start', '<=', `${YEAR}-12-31`)
    .where('c.term_end', '>=', `${YEAR}-01-01`)
    .orderBy('c.id')
    .execute();
  const scheme = await latestScheme(trx);
  if (!commissioners.length || !scheme) return;
  const days = await confirmedDaysOf(
    trx,
    commissioners.map((c) => c.id),
    YEAR,
  );
  const a = await trx
    .insertInto('commissioner_assessment')
    .values({
      region_code: region,
      year: YEAR,
      scheme_id: scheme.id,
      status: 'open',
      opened_on: '2026-01-15',
      notice_id: null,
      created_by: actor.id,
      updated_by: actor.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [i, c] of commissioners.entries()) {
    const d = days.get(c.id) ?? 0;
    const scores: Record<string, number | null> = { ...PRESETS[i % PRESETS.length]! };
    for (const item of scheme.items) {
      if (item.source === 'logs') scores[item.key] = serviceCountPoints(item.maxPoints, d, c.min_service_days);
    }
    const { result } = entryResult(scheme, scores, null);
    await trx
      .insertInto('commissioner_assessment_entry')
      .values({
        assessment_id: a.id,
        region_code: region,
        commissioner_id: c.id,
        confirmed_days: String(d),
        scores: JSON.stringify(scores) as never,
        total: result ? result.total.toFixed(1) : null,
        grade: result?.grade ?? null,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .execute();
  }
  await writeAudit(trx, actor, {
    action: 'demo.seed-commissioner-logs',
    objectType: 'commissioner_assessment',
    objectId: a.id,
    regionCode: region,
    details: { year: YEAR, entries: commissioners.length },
  });
}
