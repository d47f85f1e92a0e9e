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
import { writeAudit } from '../../platform/audit/audit.writer';
import { computeWorkingDayPeriod } from '../../platform/calendar';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { getParams } from '../../platform/params/params.repository';
import { assertCanWrite } from './enterprise.policy';
import { findNoticeSubjects, type CheckedNotice } from './notice.repository';

/**
 * Drafts a 公示 of qualification records in the user's region: its end date counts working days on the holiday
 * table, its items name units only (no personal data), its issuer is the bureau. The draft and its audit row
 * are written in one transaction.
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
  const period = await computeWorkingDayPeriod(db, {
    startDate: draft.startDate,
    workingDays,
    field: 'startDate',
    what: '公示截止日期',
  });
  const issuer = (await getParams(db)).get('system.bureau_name') ?? '科学技术局';
  const items: TNoticeItem[] = subjects.map((q) => ({
    enterpriseName: q.name,
    creditCode: q.credit_code,
    tier: TIER_LABELS[q.tier as Tier],
    batch: q.batch,
    stage: STAGE_LABELS[q.stage as Stage],
  }));
  const notice = await db.transaction().execute(async (trx) => {
    const n = await trx
      .insertInto('public_notice')
      .values({
        region_code: auth.regionCode.slice(0, 6),
        title: draft.title,
        kind: tiers.join(','),
        basis: draft.basis,
        start_date: draft.startDate,
        working_days: workingDays,
        end_date: period.endDate,
        contact: draft.contact ?? null,
        supervision_phone: draft.supervisionPhone ?? null,
        issuer,
        items: JSON.stringify(items),
        created_by: auth.userId,
        updated_by: auth.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'notice.create',
      objectType: 'public_notice',
      objectId: n.id,
      regionCode: n.region_code,
      after: n,
    });
    return n;
  });
  return { notice, endDateWarning: period.warning };
}
