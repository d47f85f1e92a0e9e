import type { Kysely } from 'kysely';
import { assessmentSchemeProblem, chinaToday, type TCreateAssessmentSchemeRequest } from '@kechuang/domain';
import { writeAudit } from '../../../platform/audit/audit.writer';
import type { DB } from '../../../platform/db/schema';
import { AppError } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { assertCanIssueAssessmentScheme } from './assessment.policy';
import { latestScheme } from './assessment.repository';

/**
 * Issues a new version of the assessment scheme (docs/rules.md §5.1.1): items' maxima summing to at most 100,
 * cut-offs for 优秀, 良好, 合格 in that order and descending. Assessments opened later use it; those opened keep
 * theirs. Answers the new id.
 */
export async function createAssessmentScheme(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  req: TCreateAssessmentSchemeRequest,
): Promise<number> {
  assertCanIssueAssessmentScheme(auth);
  const grades = req.cutoffs.map((c) => c.grade).join(',');
  if (grades !== 'excellent,good,pass') {
    throw new AppError('VALIDATION_FAILED', '分数线须依次为优秀、良好、合格', [
      { field: 'cutoffs', message: '分数线须依次为优秀、良好、合格' },
    ]);
  }
  const problem = assessmentSchemeProblem(req.items, req.cutoffs);
  if (problem) throw new AppError('VALIDATION_FAILED', problem.message, [problem]);
  const version = ((await latestScheme(db))?.version ?? 0) + 1;
  return db.transaction().execute(async (trx) => {
    const s = await trx
      .insertInto('commissioner_assessment_scheme')
      .values({
        version,
        name: req.name,
        source: req.source,
        items: JSON.stringify(req.items) as never,
        cutoffs: JSON.stringify(req.cutoffs) as never,
        issued_on: chinaToday(),
        created_by: actor.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'commissioner.assessment.scheme',
      objectType: 'commissioner_assessment_scheme',
      objectId: s.id,
      regionCode: auth.regionCode,
      after: s,
    });
    return s.id;
  });
}
