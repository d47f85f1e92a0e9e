import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
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
  const tiers = [...new Set(subjects.map((q) => q.tier as Tier))];
  const workingDays = draft.workingDays ?? Math.max(...tiers.map((t) => TIER_RULES[t].noticeWorkingDays));
  const items: TNoticeItem[] = subjects.map((q) => ({
    enterpriseName: q.name,
    creditCode: q.credit_code,
    tier: TIER_LABELS[q.tier as Tier],
    batch: q.batch,
    stage: STAGE_LABELS[q.stage as Stage],
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
      audit: { action: 'notice.create' },
    },
  );
}
