import type { Kysely } from 'kysely';
import { APPLICATION_STATE_LABELS, PROJECT_CATEGORY_LABELS } from '@kechuang/domain';
import type { DB } from '../../platform/db/schema';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { applicantsInStates } from './application.repository';
import { draftPublicNotice } from '../enterprise/draft-public-notice';
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
  const category = call.category_label ?? PROJECT_CATEGORY_LABELS[call.category] ?? call.category;
  const items = apps.map((a) => ({
    enterpriseName: a.name,
    creditCode: a.credit_code,
    tier: `${category}：${a.title}`,
    batch: call.title,
    stage: APPLICATION_STATE_LABELS[a.state as 'recommended' | 'approved'],
  }));
  const title = input.title ?? `关于${call.title}${input.states.includes('approved') ? '立项' : '推荐'}项目的公示`;
  const { notice, endDateWarning } = await draftPublicNotice(
    db,
    { auth, actor },
    {
      regionCode: call.region_code,
      title,
      kind: 'project',
      basis: input.basis,
      startDate: input.startDate,
      workingDays,
      contact: input.contact,
      supervisionPhone: input.supervisionPhone,
      items,
      audit: { action: 'project.notice.create', details: { callId: call.id } },
    },
  );
  return { noticeId: notice.id, items: items.length, endDate: notice.end_date, endDateWarning };
}
