import type { Kysely } from 'kysely';
import { assessmentScoreProblem, type TRateCommissionerRequest } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { assertCanRate } from './assessment.policy';
import { findAssessment, findEntry, findScheme, servedEnterprises } from './assessment.repository';
import { entryResult } from './entry-result';

/**
 * A served enterprise rates its commissioner's year (docs/rules.md §5.1.1, 服务对象满意度): only its own
 * enterprise, only a commissioner whose logs of that year name it, points within the item's maximum, once (a
 * second rating replaces the first). The entry's total and grade follow. One transaction, audit last.
 */
export async function rateCommissioner(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  entryId: number,
  req: TRateCommissionerRequest,
): Promise<void> {
  const entry = await findEntry(db, entryId);
  if (!entry) throw notFound('考核结果');
  const enterpriseId = assertCanRate(auth, await servedEnterprises(db, entry.commissioner_id, entry.year));
  const a = (await findAssessment(db, entry.assessment_id))!;
  if (a.status !== 'open') throw new AppError('CONFLICT', '考核结果已公示，不能再评价');
  const scheme = await findScheme(db, a.scheme_id);
  const item = scheme.items.find((i) => i.source === 'satisfaction');
  if (!item) throw new AppError('CONFLICT', '考核方案没有服务对象满意度项');
  const problem = assessmentScoreProblem(item, req.points);
  if (problem) throw new AppError('VALIDATION_FAILED', problem, [{ field: 'points', message: problem }]);
  await db.transaction().execute(async (trx) => {
    const rating = await trx
      .insertInto('commissioner_assessment_rating')
      .values({
        entry_id: entryId,
        region_code: entry.region_code,
        enterprise_id: enterpriseId,
        points: req.points.toFixed(1),
        comment: req.comment ?? null,
        rated_by: actor.id!,
      })
      .onConflict((oc) =>
        oc.columns(['entry_id', 'enterprise_id']).doUpdateSet({
          points: req.points.toFixed(1),
          comment: req.comment ?? null,
          rated_by: actor.id!,
          rated_at: new Date(),
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    const avg = await trx
      .selectFrom('commissioner_assessment_rating')
      .select((eb) => eb.fn.avg<string>('points').as('avg'))
      .where('entry_id', '=', entryId)
      .executeTakeFirstOrThrow();
    const { result } = entryResult(scheme, entry.scores, Number(avg.avg));
    await trx
      .updateTable('commissioner_assessment_entry')
      .set((eb) => ({
        total: result ? result.total.toFixed(1) : null,
        grade: result?.grade ?? null,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', entryId)
      .execute();
    await writeAudit(trx, actor, {
      action: 'commissioner.assessment.rate',
      objectType: 'commissioner_assessment_entry',
      objectId: entryId,
      regionCode: entry.region_code,
      after: rating,
      details: { enterpriseId, points: req.points },
    });
  });
}
