import type { Kysely } from 'kysely';
import {
  chinaDateTime,
  APPLICATION_STATE_LABELS,
  checkFormData,
  findTransition,
  illegalTransitionMessage,
  type ApplicationState,
  type CommentVisibility,
  type TFormField,
} from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { notifyUser } from '../../platform/messages/notify';
import { recordEnterpriseEvent } from '../enterprise/timeline';
import { filledSlots, type ApplicationRow } from './application.repository';
import { applicantActor, assertStaffRegion } from './project.policy';
import { readApplication } from './read-application';

export interface TransitionOptions {
  id: number;
  to: ApplicationState;
  version: number;
  comment?: string | null;
  visibility: CommentVisibility;
  now?: Date;
}

const label = (s: string) => APPLICATION_STATE_LABELS[s as ApplicationState] ?? s;

/** Submission rules: the call is published and open, and every required field and attachment is there. */
async function assertSubmittable(db: Kysely<DB>, a: ApplicationRow, now: Date): Promise<void> {
  if (a.call_status !== 'published') throw new AppError('CONFLICT', `批次“${a.call_title}”未发布，不能提交`);
  if (now < new Date(a.opens_at)) throw new AppError('CONFLICT', `批次“${a.call_title}”尚未开始受理，不能提交`);
  if (now > new Date(a.closes_at)) {
    throw new AppError(
      'CONFLICT',
      `批次“${a.call_title}”已于 ${chinaDateTime(new Date(a.closes_at)).slice(0, 16)} 截止受理，不能再提交`,
    );
  }
  const problems = checkFormData(
    (a.form ?? []) as TFormField[],
    (a.data ?? {}) as Record<string, unknown>,
    await filledSlots(db, a.id),
    'submit',
  );
  if (problems.length) {
    throw new AppError(
      'VALIDATION_FAILED',
      `申报书不完整，不能提交：${problems.map((p) => p.message).join('；')}`,
      problems,
    );
  }
}

/**
 * Moves an application along the state machine: checks who may make the move, refuses what the table forbids
 * (409 naming both states), and in one transaction updates the row (optimistic locking), records the transition,
 * writes the applicant's timeline entry, rings the applicant's bell for visible decisions, and writes the audit row.
 */
export async function transitionApplication(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  o: TransitionOptions,
): Promise<void> {
  const a = await readApplication(db, auth, o.id);
  const from = a.state as ApplicationState;
  const t = findTransition(from, o.to);
  if (!t) throw new AppError('CONFLICT', illegalTransitionMessage(from, o.to), { from, to: o.to });
  let onBehalf = false;
  if (t.by === 'applicant') onBehalf = applicantActor(auth, a).onBehalf;
  else assertStaffRegion(auth, a.region_code);
  const comment = o.comment?.trim() || null;
  if (t.reasonRequired && !comment) {
    throw new AppError('VALIDATION_FAILED', `“${t.label}”须填写原因`, [{ field: 'comment', message: '请填写原因' }]);
  }
  const now = o.now ?? new Date();
  if (o.to === 'submitted') await assertSubmittable(db, a, now);
  // Applicants' own remarks are always visible to them; staff choose.
  const visibility: CommentVisibility = t.by === 'applicant' ? 'applicant' : o.visibility;

  await db.transaction().execute(async (trx) => {
    const set: Record<string, unknown> = { state: o.to };
    if (o.to === 'submitted') set.submitted_at = now;
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'project_application',
      key: 'id',
      id: a.id,
      version: o.version,
      set,
      what: '申报书',
      userId: auth.userId,
    });
    if (before.state !== from) {
      throw new AppError('VERSION_CONFLICT', '申报书已被他人修改，请刷新后重试（您的修改未保存）');
    }
    await trx
      .insertInto('project_transition')
      .values({
        region_code: a.region_code,
        application_id: a.id,
        from_state: from,
        to_state: o.to,
        at: now,
        actor_id: actor.id,
        actor_name: auth.displayName,
        on_behalf: onBehalf,
        comment,
        visibility,
      })
      .execute();
    await recordEnterpriseEvent(trx, actor, {
      enterpriseId: a.enterprise_id,
      regionCode: a.region_code,
      module: 'project',
      kind: `application-${o.to}`,
      title: `${a.title}：${label(from)} → ${label(o.to)}`,
      // The timeline is shown to the enterprise: internal comments stay off it.
      detail:
        [onBehalf ? '业务人员代为办理' : null, visibility === 'applicant' ? comment : null]
          .filter(Boolean)
          .join('；') || null,
      ref: { type: 'project_application', id: a.id },
      at: now,
    });
    if (t.by === 'staff' && visibility === 'applicant') {
      await notifyApplicant(trx, a, `${t.label}：${a.title}`, comment ?? `申报书状态变为“${label(o.to)}”`);
    }
    // Last: the region's audit chain stays locked from here to COMMIT.
    await writeAudit(trx, actor, {
      action: 'project.application.transition',
      objectType: 'project_application',
      objectId: a.id,
      regionCode: a.region_code,
      before,
      after,
      details: { from, to: o.to, onBehalf, comment, visibility },
    });
  });
}

/** Rings the bell of the enterprise's own users. */
async function notifyApplicant(db: Kysely<DB>, a: ApplicationRow, title: string, body: string): Promise<void> {
  const users = await db
    .selectFrom('app_user')
    .select('id')
    .where('enterprise_id', '=', a.enterprise_id)
    .where('status', '=', 'active')
    .execute();
  for (const u of users) {
    await notifyUser(db, u.id, { category: 'todo', title, body, link: `/project/mine?id=${a.id}` });
  }
}
