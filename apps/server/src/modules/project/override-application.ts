import type { Kysely } from 'kysely';
import { APPLICATION_STATE_LABELS, OVERRIDE_REASON_MIN, type ApplicationState } from '@kechuang/domain';
import { writeAudit } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { updateVersioned } from '../../platform/db/versioned-update';
import { AppError } from '../../platform/errors';
import type { UseCaseContext } from '../../platform/http/types';
import { recordEnterpriseEvent } from '../enterprise/timeline';
import { readApplication } from './read-application';

export interface OverrideOptions {
  id: number;
  to: ApplicationState;
  version: number;
  reason?: string | null;
}

const label = (s: string) => APPLICATION_STATE_LABELS[s as ApplicationState] ?? s;

/**
 * 强制变更状态: moves an application to any other state, outside the state machine, for a user holding
 * project:application:override (checked by the route). The reason is required; the transition row is flagged
 * as an override, the audit row says so, and the timeline entry is titled 强制变更 so no one mistakes it.
 */
export async function overrideApplicationState(
  db: Kysely<DB>,
  { auth, actor }: UseCaseContext,
  o: OverrideOptions,
): Promise<void> {
  // Region scope; the route already checked the override permission (a leader need not hold project:write).
  const a = await readApplication(db, auth, o.id);
  const reason = o.reason?.trim() ?? '';
  if (reason.length < OVERRIDE_REASON_MIN) {
    throw new AppError('VALIDATION_FAILED', `强制变更状态须填写原因（至少 ${OVERRIDE_REASON_MIN} 个字）`, [
      { field: 'reason', message: `请填写至少 ${OVERRIDE_REASON_MIN} 个字的原因` },
    ]);
  }
  const from = a.state as ApplicationState;
  if (from === o.to) throw new AppError('CONFLICT', `申报书已是“${label(o.to)}”状态，无需变更`, { from, to: o.to });
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    const { before, after } = await updateVersioned<Record<string, unknown>>(trx, {
      table: 'project_application',
      key: 'id',
      id: a.id,
      version: o.version,
      set: { state: o.to },
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
        on_behalf: false,
        comment: reason,
        visibility: 'internal',
        override: true,
      })
      .execute();
    await recordEnterpriseEvent(trx, actor, {
      enterpriseId: a.enterprise_id,
      regionCode: a.region_code,
      module: 'project',
      kind: `application-override`,
      title: `${a.title}：强制变更 ${label(from)} → ${label(o.to)}`,
      detail: null,
      ref: { type: 'project_application', id: a.id },
      at: now,
    });
    // Last: the region's audit chain stays locked from here to COMMIT.
    await writeAudit(trx, actor, {
      action: 'project.application.override',
      objectType: 'project_application',
      objectId: a.id,
      regionCode: a.region_code,
      before,
      after,
      details: { from, to: o.to, reason, override: true },
    });
  });
}
