import type { Kysely } from 'kysely';
import { chinaToday, serviceCountPoints, type TOpenAssessmentRequest } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { assertAssessStaff } from './assessment.policy';
import { confirmedDaysOf, latestScheme } from './assessment.repository';

/**
 * Staff open a year's assessment of their county (docs/rules.md §5.1.1) on the latest scheme: one entry per
 * commissioner appointed there whose term overlaps the year, 服务次数 pre-filled from the confirmed days of the
 * year against the level's minimum. One assessment per county and year. One transaction, audit last.
 */
export async function openAssessment(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  req: TOpenAssessmentRequest,
): Promise<number> {
  assertAssessStaff(auth, req.regionCode);
  const existing = await db
    .selectFrom('commissioner_assessment')
    .select('id')
    .where('region_code', '=', req.regionCode)
    .where('year', '=', req.year)
    .executeTakeFirst();
  if (existing) throw new AppError('CONFLICT', `${req.year} 年度考核已开启，不能重复开启`);
  if (req.year > Number(chinaToday().slice(0, 4))) {
    throw new AppError('VALIDATION_FAILED', '考核年度不能晚于今年', [
      { field: 'year', message: '考核年度不能晚于今年' },
    ]);
  }
  const scheme = await latestScheme(db);
  if (!scheme) throw new AppError('CONFLICT', '尚未发布考核方案');
  const commissioners = await db
    .selectFrom('commissioner as c')
    .innerJoin('commissioner_level_rule as r', 'r.level', 'c.level')
    .select(['c.id', 'r.min_service_days'])
    .where('c.region_code', '=', req.regionCode)
    .where('c.status', '=', 'appointed')
    .where('c.term_start', '<=', `${req.year}-12-31`)
    .where('c.term_end', '>=', `${req.year}-01-01`)
    .execute();
  if (!commissioners.length) {
    const message = `${req.regionCode} 在 ${req.year} 年没有在聘的科技特派员`;
    throw new AppError('VALIDATION_FAILED', message, [{ field: 'regionCode', message }]);
  }
  const days = await confirmedDaysOf(
    db,
    commissioners.map((c) => c.id),
    req.year,
  );
  const countItem = scheme.items.find((i) => i.source === 'logs');
  return db.transaction().execute(async (trx) => {
    const a = await trx
      .insertInto('commissioner_assessment')
      .values({
        region_code: req.regionCode,
        year: req.year,
        scheme_id: scheme.id,
        status: 'open',
        opened_on: chinaToday(),
        notice_id: null,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('commissioner_assessment_entry')
      .values(
        commissioners.map((c) => {
          const d = days.get(c.id) ?? 0;
          const scores = countItem
            ? { [countItem.key]: serviceCountPoints(countItem.maxPoints, d, c.min_service_days) }
            : {};
          return {
            assessment_id: a.id,
            region_code: req.regionCode,
            commissioner_id: c.id,
            confirmed_days: String(d),
            scores: JSON.stringify(scores) as never,
            created_by: actor.id,
            updated_by: actor.id,
          };
        }),
      )
      .execute();
    await writeAudit(trx, actor, {
      action: 'commissioner.assessment.open',
      objectType: 'commissioner_assessment',
      objectId: a.id,
      regionCode: a.region_code,
      after: { ...a, entries: commissioners.length },
    });
    return a.id;
  });
}
