import type { Kysely } from 'kysely';
import { chinaToday, EVAL_GRADE_LABELS, TECH_PLATFORM_KINDS, type EvalGrade } from '@kechuang/domain';
import type { DB } from '../../../platform/db/schema';
import type { UseCaseContext } from '../../../platform/http/types';
import { draftPublicNotice } from '../../enterprise/draft-public-notice';
import type { EvalEntryRow, EvalRoundRow } from './evaluation.repository';

const DEFAULT_WORKING_DAYS = 5;

/**
 * Drafts the 公示 of a graded round through the one `public_notice` every module publishes through (公示管理 then
 * publishes it; the public page shows it): each platform with its operator, kind and grade. Units only, never
 * personal data. Answers the notice's id.
 */
export async function draftEvalNotice(
  db: Kysely<DB>,
  ctx: UseCaseContext,
  round: EvalRoundRow,
  entries: EvalEntryRow[],
  o: { startDate?: string; workingDays?: number },
): Promise<number> {
  const items = entries.map((e) => ({
    enterpriseName: e.enterprise_name ?? e.operator_name ?? '',
    creditCode: e.credit_code ?? '',
    tier: `${TECH_PLATFORM_KINDS[e.kind as keyof typeof TECH_PLATFORM_KINDS] ?? e.kind}：${e.platform_name}`,
    batch: round.title,
    stage: `${e.grade}（${EVAL_GRADE_LABELS[e.grade as EvalGrade]}）`,
  }));
  const { notice } = await draftPublicNotice(db, ctx, {
    regionCode: round.region_code,
    title: `关于${round.title}结果的公示`,
    kind: 'tech-platform-evaluation',
    basis: `依据《科技企业孵化器评价指标体系》（国科火字〔2019〕239号）及${[...new Set(entries.map((e) => e.scheme_name))].join('、')}`,
    startDate: o.startDate ?? chinaToday(),
    workingDays: o.workingDays ?? DEFAULT_WORKING_DAYS,
    items,
    audit: { action: 'tech-platform.evaluation.notice', details: { roundId: round.id } },
  });
  return notice.id;
}
