import type { Kysely, Selectable } from 'kysely';
import { assessmentScoreProblem, type TScoreAssessmentEntryRequest } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { updateVersioned } from '../../../platform/db/versioned-update';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { assertAssessStaff } from './assessment.policy';
import { findAssessment, findEntry, findScheme } from './assessment.repository';
import type { CommissionerAssessmentEntryTable } from './assessment.tables';
import { entryResult } from './entry-result';

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);

/**
 * Staff score an entry's items (docs/rules.md §5.1.1): each item of the scheme within its maximum (a score out of
 * range is refused naming the item), the total at most 100; the total and grade are computed once every item is
 * scored. A published assessment is closed. One transaction (optimistic locking), audit last.
 */
export async function scoreAssessmentEntry(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  id: number,
  req: TScoreAssessmentEntryRequest,
): Promise<void> {
  const entry = await findEntry(db, id);
  if (!entry) throw notFound('考核结果');
  assertAssessStaff(auth, entry.region_code);
  const a = (await findAssessment(db, entry.assessment_id))!;
  if (a.status !== 'open') throw new AppError('CONFLICT', '考核结果已公示，不能再修改评分');
  const scheme = await findScheme(db, a.scheme_id);
  const scores: Record<string, number | null> = { ...entry.scores };
  for (const [key, points] of Object.entries(req.scores)) {
    const item = scheme.items.find((i) => i.key === key);
    if (!item) throw invalid(`scores.${key}`, `考核方案中没有考核项 ${key}`);
    if (points !== null) {
      const problem = assessmentScoreProblem(item, points);
      if (problem) throw invalid(`scores.${key}`, problem);
    }
    scores[key] = points;
  }
  const { result } = entryResult(scheme, scores, entry.rating_avg === null ? null : Number(entry.rating_avg));
  if (result && result.total > 100) throw invalid('scores', `总分 ${result.total} 分，不能超过 100 分`);
  await db.transaction().execute(async (trx) => {
    const { before, after, auditHead } = await updateVersioned<Selectable<CommissionerAssessmentEntryTable>>(trx, {
      table: 'commissioner_assessment_entry',
      key: 'id',
      id,
      version: req.version,
      set: {
        scores: JSON.stringify(scores),
        total: result ? result.total.toFixed(1) : null,
        grade: result?.grade ?? null,
        remark: req.remark === undefined ? undefined : req.remark,
      },
      what: '考核结果',
      userId: actor.id,
      auditChain: 'region_code',
    });
    await writeAudit(
      trx,
      actor,
      {
        action: 'commissioner.assessment.score',
        objectType: 'commissioner_assessment_entry',
        objectId: id,
        regionCode: entry.region_code,
        before,
        after,
      },
      { head: auditHead! },
    );
  });
}
