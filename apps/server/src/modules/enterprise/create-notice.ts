import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
  NOTICE_FROM_STAGE,
  NOTICE_STAGE,
  STAGE_LABELS,
  TIER_LABELS,
  TIER_RULES,
  type Stage,
  type TNoticeItem,
  type Tier,
  type ZCreateNoticeRequest,
} from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { assertCanWrite } from './enterprise.policy';
import { draftPublicNotice } from './draft-public-notice';
import { findNoticeSubjects, type CheckedNotice } from './notice.repository';

/** Only records at 推荐 may be listed: publishing the notice moves them to 公示 (docs/rules.md §1.4). */
function assertListable(subjects: { name: string; stage: string }[]): void {
  const others = subjects.filter((q) => q.stage !== NOTICE_FROM_STAGE);
  if (others.length === 0) return;
  const named = others.map((q) => `“${q.name}”（${STAGE_LABELS[q.stage as Stage]}）`).join('、');
  const message = `只有“${STAGE_LABELS[NOTICE_FROM_STAGE]}”阶段的资质记录可以列入公示，以下记录不是：${named}`;
  throw new AppError('VALIDATION_FAILED', message, [{ field: 'qualificationIds', message }]);
}

/**
 * Drafts a 公示 of qualification records in the user's region, for the longest 公示 period their tiers require
 * (docs/rules.md §4.5): its items name units only, never personal data.
 */
export async function createNotice(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  draft: z.infer<typeof ZCreateNoticeRequest>,
): Promise<CheckedNotice> {
  const subjects = await findNoticeSubjects(db, draft.qualificationIds);
  if (subjects.length !== new Set(draft.qualificationIds).size) {
    throw new AppError('VALIDATION_FAILED', '部分公示对象不存在');
  }
  for (const q of subjects) assertCanWrite(auth, q.region_code);
  assertListable(subjects);
  const tiers = [...new Set(subjects.map((q) => q.tier as Tier))];
  const workingDays = draft.workingDays ?? Math.max(...tiers.map((t) => TIER_RULES[t].noticeWorkingDays));
  const items: TNoticeItem[] = subjects.map((q) => ({
    enterpriseName: q.name,
    creditCode: q.credit_code,
    tier: TIER_LABELS[q.tier as Tier],
    batch: q.batch,
    // Publishing moves each record to 公示: the notice lists them at that stage.
    stage: STAGE_LABELS[NOTICE_STAGE],
  }));
  return draftPublicNotice(
    db,
    { auth, actor },
    {
      regionCode: auth.regionCode.slice(0, 6),
      title: draft.title,
      kind: tiers.join(','),
      basis: draft.basis,
      startDate: draft.startDate,
      workingDays,
      contact: draft.contact,
      supervisionPhone: draft.supervisionPhone,
      items,
      qualificationIds: subjects.map((q) => q.id),
      audit: { action: 'notice.create' },
    },
  );
}
