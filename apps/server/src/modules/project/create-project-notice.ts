import type { Kysely } from 'kysely';
import { APPLICATION_STATE_LABELS, PROJECT_CATEGORY_LABELS } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import { computeWorkingDayPeriod } from '../../platform/calendar';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { getParams } from '../../platform/params/params.repository';
import { applicantsInStates } from './application.repository';
import { findCall } from './call.repository';
import { assertStaffKeeps } from './project.policy';

const DEFAULT_WORKING_DAYS = 5;

export interface ProjectNoticeInput {
  callId: number;
  title?: string;
  basis: string;
  startDate: string;
  workingDays?: number;
  states: ('recommended' | 'approved')[];
  contact?: string | null;
  supervisionPhone?: string | null;
}

/**
 * Staff of the call's region draft the 公示 of its recommended or approved list in the enterprise module's
 * `public_notice` table, so the same 公示管理 page publishes it and the public page shows it. Items carry unit
 * names and credit codes only, never personal data; the period counts working days.
 */
export async function createProjectNotice(db: Kysely<DB>, { auth, actor }: UseCaseContext, input: ProjectNoticeInput) {
  const call = await findCall(db, input.callId);
  assertStaffKeeps(auth, call, '项目批次');
  const apps = await applicantsInStates(db, call.id, input.states);
  if (apps.length === 0) {
    throw new AppError(
      'CONFLICT',
      `批次“${call.title}”中没有${input.states.map((s) => APPLICATION_STATE_LABELS[s]).join('或')}的项目可公示`,
    );
  }
  const workingDays = input.workingDays ?? DEFAULT_WORKING_DAYS;
  const period = await computeWorkingDayPeriod(db, {
    startDate: input.startDate,
    workingDays,
    field: 'startDate',
    what: '公示截止日期',
  });
  const category = call.category_label ?? PROJECT_CATEGORY_LABELS[call.category] ?? call.category;
  const items = apps.map((a) => ({
    enterpriseName: a.name,
    creditCode: a.credit_code,
    tier: `${category}：${a.title}`,
    batch: call.title,
    stage: APPLICATION_STATE_LABELS[a.state as 'recommended' | 'approved'],
  }));
  const issuer = (await getParams(db)).get('system.bureau_name') ?? '科学技术局';
  const title = input.title ?? `关于${call.title}${input.states.includes('approved') ? '立项' : '推荐'}项目的公示`;
  const noticeId = await db.transaction().execute(async (trx) => {
    const n = await trx
      .insertInto('public_notice')
      .values({
        region_code: call.region_code,
        title,
        kind: 'project',
        basis: input.basis,
        start_date: input.startDate,
        working_days: workingDays,
        end_date: period.endDate,
        contact: input.contact ?? null,
        supervision_phone: input.supervisionPhone ?? null,
        issuer,
        items: JSON.stringify(items),
        created_by: auth.userId,
        updated_by: auth.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await writeAudit(trx, actor, {
      action: 'project.notice.create',
      objectType: 'public_notice',
      objectId: n.id,
      regionCode: n.region_code,
      after: n,
      details: { callId: call.id },
    });
    return n.id;
  });
  return { noticeId, items: items.length, endDate: period.endDate, endDateWarning: period.warning };
}
