import type { Kysely } from 'kysely';
import {
  ASSESSMENT_GRADE_LABELS,
  chinaToday,
  type AssessmentGrade,
  type TPublishAssessmentRequest,
} from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import { AppError, notFound } from '../../../platform/errors';
import type { UseCaseContext } from '../../../platform/http/types';
import { draftPublicNotice } from '../../enterprise/draft-public-notice';
import { assertAssessStaff } from './assessment.policy';
import { entriesOf, findAssessment } from './assessment.repository';

const DEFAULT_WORKING_DAYS = 5;

/**
 * Publishes a year's results (docs/rules.md §5.1.1): every entry graded, then a 公示 draft through the one
 * `public_notice` (公示管理 publishes it) listing each commissioner with the sending unit and grade, and the
 * assessment marked published with its notice. Answers the notice's id.
 */
export async function publishAssessment(
  db: Kysely<DB>,
  ctx: UseCaseContext,
  id: number,
  req: TPublishAssessmentRequest,
): Promise<number> {
  const a = await findAssessment(db, id);
  if (!a) throw notFound('年度考核');
  assertAssessStaff(ctx.auth, a.region_code);
  if (a.status !== 'open') throw new AppError('CONFLICT', '该年度考核已公示');
  if (a.version !== req.version) throw new AppError('VERSION_CONFLICT', '年度考核已被他人修改，请刷新后重试');
  const entries = await entriesOf(db, id);
  const open = entries.filter((e) => !e.grade).map((e) => e.commissioner_name);
  if (open.length) throw new AppError('CONFLICT', `尚有 ${open.length} 名科技特派员未完成评分：${open.join('、')}`);
  const title = `${a.year}年度科技特派员考核`;
  const { notice } = await draftPublicNotice(db, ctx, {
    regionCode: a.region_code,
    title: `关于${title}结果的公示`,
    kind: 'commissioner-assessment',
    basis: `依据${a.scheme_name}`,
    startDate: req.startDate ?? chinaToday(),
    workingDays: req.workingDays ?? DEFAULT_WORKING_DAYS,
    items: entries.map((e) => ({
      enterpriseName: `${e.commissioner_name}（${e.unit_name}）`,
      creditCode: '',
      tier: '科技特派员',
      batch: title,
      stage: `${ASSESSMENT_GRADE_LABELS[e.grade as AssessmentGrade]}（${e.total} 分）`,
    })),
    audit: { action: 'commissioner.assessment.notice', details: { assessmentId: id } },
  });
  await db
    .updateTable('commissioner_assessment')
    .set((eb) => ({
      status: 'published',
      notice_id: notice.id,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', id)
    .where('version', '=', req.version)
    .execute();
  return notice.id;
}
