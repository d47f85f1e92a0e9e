import type { Kysely } from 'kysely';
import type { TNoticeItem } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { computeWorkingDayPeriod } from '../../platform/calendar';
import type { DB } from '../../platform/db/schema';
import type { UseCaseContext } from '../../platform/http/types';
import { getParams } from '../../platform/params/params.repository';
import type { CheckedNotice } from './notice.repository';

/** A 公示 draft as a module hands it over: what it lists and on what basis, for how many working days. */
export interface PublicNoticeDraft {
  regionCode: string;
  title: string;
  /** Tier codes of a qualification notice ('tech_sme,high_tech'), or the module ('project'). */
  kind: string;
  basis: string;
  startDate: string;
  workingDays: number;
  contact?: string | null;
  supervisionPhone?: string | null;
  /** Units only, by name and credit code: a 公示 never carries personal data. */
  items: TNoticeItem[];
  /** For a qualification 公示: the records it lists, moved to 公示 when it is published. */
  qualificationIds?: number[];
  audit: { action: string; details?: Record<string, unknown> };
}

/**
 * Writes a 公示 draft into the one `public_notice` table every module publishes through (公示管理 and the public
 * page): its end date counted in working days on the holiday table (with the warning when a year is estimated),
 * the bureau as issuer, and its audit row in the same transaction. The caller has checked who may draft it.
 */
export async function draftPublicNotice(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  draft: PublicNoticeDraft,
): Promise<CheckedNotice> {
  const period = await computeWorkingDayPeriod(db, {
    startDate: draft.startDate,
    workingDays: draft.workingDays,
    field: 'startDate',
    what: '公示截止日期',
  });
  const issuer = (await getParams(db)).get('system.bureau_name') ?? '科学技术局';
  const notice = await db.transaction().execute(async (trx) => {
    const n = await trx
      .insertInto('public_notice')
      .values({
        region_code: draft.regionCode,
        title: draft.title,
        kind: draft.kind,
        basis: draft.basis,
        start_date: draft.startDate,
        working_days: draft.workingDays,
        end_date: period.endDate,
        contact: draft.contact ?? null,
        supervision_phone: draft.supervisionPhone ?? null,
        issuer,
        items: JSON.stringify(draft.items),
        qualification_ids: draft.qualificationIds ?? [],
        created_by: auth.userId,
        updated_by: auth.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: draft.audit.action,
      objectType: 'public_notice',
      objectId: n.id,
      regionCode: n.region_code,
      after: n,
      details: draft.audit.details,
    });
    return n;
  });
  return { notice, endDateWarning: period.warning };
}
